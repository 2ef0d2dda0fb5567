"""`augenhoehe pseudonymise` as a user runs it."""

from __future__ import annotations

import json

from augenhoehe.cli.main import main

TEXT = "Kooperationsplan für Frau Olena Kovalenko, olena@test.de\nFrau Kovalenko ruft an.\n"


def test_text_output_and_separate_mapping(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.json").write_text(json.dumps({"schema": "augenhoehe.plan/1", "goal": "Frau Kovalenko pflegt"}),
                                encoding="utf-8")
    mapping = tmp_path / "secret" / "map.json"
    mapping.parent.mkdir()
    assert main(["pseudonymise", str(src), "--out", str(tmp_path / "out"), "--mapping", str(mapping)]) == 0
    out = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    assert out == "Kooperationsplan für Frau Person A, E-Mail 1\nFrau Person A ruft an.\n"
    plan = json.loads((tmp_path / "out" / "b.json").read_text(encoding="utf-8"))
    assert plan == {"schema": "augenhoehe.plan/1", "goal": "Frau Person A pflegt"}
    data = json.loads(mapping.read_text(encoding="utf-8"))
    assert data["mapping"]["Person A"] == ["Kovalenko", "Olena Kovalenko"]
    assert "keine Zuordnung" not in capsys.readouterr().out


def test_json_format_without_mapping_keeps_no_originals(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["pseudonymise", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                 "--format", "json"]) == 0
    doc = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "augenhoehe.pseudonym/1"
    assert "Kovalenko" not in json.dumps(doc, ensure_ascii=False)
    assert {r["kind"] for r in doc["replacements"]} == {"person", "email"}
    assert "keine Zuordnung gespeichert" in capsys.readouterr().out
    assert list(tmp_path.glob("**/*map*")) == []


def test_bad_input_gets_german_message(tmp_path, capsys):
    (tmp_path / "x.txt").write_bytes(b"\xff\xfe\x00\x00bin")
    assert main(["pseudonymise", str(tmp_path / "x.txt"), str(tmp_path / "fehlt.txt"),
                 "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "Binärdatei" in err and "nicht gefunden" in err


def test_mapping_inside_output_directory_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["pseudonymise", str(tmp_path / "a.txt"), "--out", str(out),
                 "--mapping", str(out / "map.json")]) == 2
    assert "Ausgabeverzeichnis" in capsys.readouterr().err
