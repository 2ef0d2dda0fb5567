"""`augenhoehe report`: CSV and JSON exports keep suppression; bad input exits 2."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.unit.monitoring.conftest import build

from augenhoehe.cli.main import main


def test_csv_export_keeps_small_team_suppressed(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 5, "B": 2})
    assert main(["report", "--snapshot", str(snap), "--out", str(tmp_path / "r")]) == 0
    with (tmp_path / "r" / "months.csv").open(encoding="utf-8") as fh:
        rows = {r["unit"]: r for r in csv.DictReader(fh)}
    assert rows["A"]["plans"] == "5" and rows["B"]["plans"] == "" and rows["B"]["suppressed"] == "true"
    assert not any(u.startswith("A-cw") for u in rows)


def test_json_export_has_reading_aids(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 5})
    assert main(["report", "--snapshot", str(snap), "--out", str(tmp_path / "r"),
                 "--format", "json"]) == 0
    doc = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    assert set(doc["explanations"]) == {"creaming", "pro_forma", "precise_documentation", "egv_habits"}
    reading = doc["explanations"]["precise_documentation"]["reading"]
    assert "binnen 90 Tagen" in reading and "%(" not in reading
    assert set(doc["explanations"]["creaming"]) == {"title", "reading", "can_mean", "cannot_mean"}
    assert doc["strategies"][0]["unit"] in ("A", "Jobcenter")


def test_missing_snapshot_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["report", "--snapshot", str(tmp_path / "nix"), "--out", str(tmp_path / "r")]) == 2
    assert "kein Schnappschuss" in capsys.readouterr().err
