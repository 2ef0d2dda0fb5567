"""`augenhoehe simulate`: config files, overrides, exit 2 on bad input, comparison report."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from augenhoehe.cli.main import main

SCENARIOS = Path(__file__).parents[3] / "src/augenhoehe/simulation/scenarios"


def test_simulate_writes_a_directory(tmp_path, capsys):
    code = main(["simulate", "--out", str(tmp_path / "o"), "--clients", "60",
                 "--caseworkers", "2", "--months", "6", "--seed", "5", "--quiet"])
    assert code == 0
    meta = json.loads((tmp_path / "o" / "jobcenter.json").read_text(encoding="utf-8"))
    assert meta["seed"] == 5 and meta["counts"]["clients"] == 60


def test_same_seed_same_files(tmp_path):
    for name in ("a", "b"):
        main(["simulate", "--out", str(tmp_path / name), "--clients", "50",
              "--caseworkers", "2", "--months", "6", "--quiet"])
    for f in ("plans.jsonl", "events.jsonl", "ground_truth.json"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


@pytest.mark.parametrize(("content", "suffix", "named"), [
    ("quota_presure = 0.5\n", ".toml", "quota_presure"),
    ("quota_pressure = 1.5\n", ".toml", "quota_pressure"),
    ("clients: viele\n", ".yaml", "clients"),
    ("start = \"gestern\"\n", ".toml", "start"),
    ("creaming = 1\n", ".toml", "creaming"),
])
def test_bad_config_exits_2_names_the_key_and_writes_nothing(tmp_path, capsys, content, suffix,
                                                             named):
    cfg = tmp_path / f"s{suffix}"
    cfg.write_text(content, encoding="utf-8")
    code = main(["simulate", "--config", str(cfg), "--out", str(tmp_path / "o"), "--quiet"])
    assert code == 2
    assert named in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [cfg.name]


def test_bad_override_exits_2(tmp_path, capsys):
    assert main(["simulate", "--months", "0", "--out", str(tmp_path / "o")]) == 2
    assert "months" in capsys.readouterr().err


def test_compare_writes_report_with_svg_caveat_and_parameters(tmp_path):
    code = main(["simulate", "--compare", str(SCENARIOS / "quota_pressure.toml"),
                 str(SCENARIOS / "qualitative_kpis.toml"), "--clients", "200",
                 "--caseworkers", "4", "--months", "8", "--no-texts", "--out",
                 str(tmp_path / "r"), "--quiet"])
    assert code == 0
    html = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "illustrativ und nicht kalibriert" in html
    assert "quota_pressure" in html and "Qualitative Kennzahlen" in html
    svgs = [html[i:html.index("</svg>", i) + 6] for i in range(len(html))
            if html.startswith("<svg", i)]
    assert len(svgs) == 4
    for svg in svgs:
        ET.fromstring(svg)
    assert "<script" not in html


def test_output_does_not_depend_on_python_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-m", "augenhoehe.cli.main", "simulate", "--out",
                        str(tmp_path / hash_seed), "--clients", "40", "--caseworkers", "2",
                        "--months", "4", "--quiet"], check=True, env=env, capture_output=True)
    for f in ("plans.jsonl", "events.jsonl", "clients.jsonl"):
        assert (tmp_path / "1" / f).read_bytes() == (tmp_path / "2" / f).read_bytes()
