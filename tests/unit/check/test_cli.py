"""`augenhoehe check` and `augenhoehe rules` as a user runs them: outputs and exit codes."""

from __future__ import annotations

import json

import pytest

from augenhoehe.cli.main import main

GOOD = """Kooperationsplan vom 01.09.2026

Berufsziel
Sie möchten als Koch in einem Restaurant in Leipzig arbeiten.

Nächste Schritte
- Sie bewerben sich bis zum 30.09.2026 bei drei Restaurants in Leipzig.
- Sie besuchen am 20.09.2026 die Jobmesse Gastronomie, die Sie selbst gefunden haben.

Unterstützung durch das Jobcenter
- Wir übernehmen bis zum 30.09.2026 die Bewerbungskosten.

Überprüfung
Wir besprechen den Plan gemeinsam am 15.01.2027.
"""
THREAT = GOOD.replace("Überprüfung", "Rechtsfolgenbelehrung\nSonst wird Ihr Bürgergeld gemindert.\n\nÜberprüfung")


def test_clean_plan_exits_zero_and_prints_summary(tmp_path, capsys):
    (tmp_path / "p.txt").write_text(GOOD, encoding="utf-8")
    assert main(["check", str(tmp_path / "p.txt")]) == 0
    assert "gesamt" in capsys.readouterr().out


def test_error_finding_exits_one_and_text_format_is_linter_like(tmp_path, capsys):
    path = tmp_path / "p.txt"
    path.write_text(THREAT, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:13:1: SF101 [Fehler]" in out


def test_json_output_follows_contract(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text(THREAT, encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "augenhoehe.check/1"
    assert [r["source"] for r in doc["results"]] == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]
    assert "duplicate_groups" in doc
    assert doc["results"][1]["scores"]["gesamt"] <= 40


def test_structured_json_plan_is_checked(tmp_path, capsys):
    plan = {"schema": "augenhoehe.plan/1", "goal": "Arbeit als Lagerist in Bremen",
            "plan_date": "2026-09-01", "review_date": "2026-12-01",
            "steps": [{"text": "Sie machen den Staplerschein", "due_date": "2026-11-30"}]}
    (tmp_path / "p.json").write_text(json.dumps(plan), encoding="utf-8")
    main(["check", str(tmp_path / "p.json"), "--format", "json"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert "GS101" in {f["code"] for f in result["findings"]}


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"   \n", "leer"),
    ("bin.txt", b"\x00\x01\x02abc", "Binär"),
    ("latin.txt", "Sie bewerben sich bei Müller.".encode("latin-1"), "UTF-8"),
    ("big.txt", b"a" * 1_000_001, "zu gro"),
    ("bad.json", b"{\"goal\": ", "ungültiges JSON"),
    ("wrong.json", b"{\"goal\": 5}", "goal"),
])
def test_bad_file_gets_message_naming_it_while_others_are_checked(tmp_path, capsys, name,
                                                                  content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    code = main(["check", str(tmp_path), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 2
    assert name in captured.err and message in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert [r["source"] for r in json.loads(captured.out)["results"]] == [str(tmp_path / "ok.txt")]


def test_missing_path_and_bad_usage_exit_two(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.txt", "--format", "xml"])
    assert exc.value.code == 2


def test_config_ignores_rules_by_prefix(tmp_path, capsys):
    (tmp_path / "p.txt").write_text(THREAT, encoding="utf-8")
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('[check]\nignore = ["SF"]\n', encoding="utf-8")
    assert main(["check", str(tmp_path / "p.txt"), "--config", str(cfg)]) == 0
    assert "SF101" not in capsys.readouterr().out


def test_broken_config_exits_two(tmp_path, capsys):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text("[check\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--config", str(cfg)]) == 2
    assert "cfg.toml" in capsys.readouterr().err


def test_rules_list_and_explain(capsys):
    assert main(["rules", "list"]) == 0
    assert "KS101" in capsys.readouterr().out
    assert main(["rules", "explain", "sf101"]) == 0
    assert "Rechtsfolgenbelehrung" in capsys.readouterr().out
    assert main(["rules", "explain", "XX999"]) == 2


def test_near_duplicates_are_grouped_and_flagged(tmp_path, capsys):
    for i, (name, day) in enumerate([("Herr Yilmaz", "01.09.2026"), ("Frau Schulz", "03.10.2026"),
                                     ("Herr Nowak", "12.10.2026")]):
        text = GOOD.replace("01.09.2026", day).replace("Sie möchten", f"{name} möchte")
        (tmp_path / f"t{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "x.txt").write_text("Ziel\nSie möchten Erzieherin werden.\n", encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["duplicate_groups"] == [[str(tmp_path / f"t{i}.txt") for i in range(3)]]
    flagged = {r["source"] for r in doc["results"] if any(f["code"] == "AK104" for f in r["findings"])}
    assert flagged == set(doc["duplicate_groups"][0])


def test_parallel_jobs_give_same_results_in_same_order(tmp_path, capsys):
    for i in range(6):
        text = GOOD.replace("Leipzig", ["Kassel", "Bremen", "Essen", "Köln", "Kiel", "Jena"][i])
        (tmp_path / f"p{i}.txt").write_text(text if i % 2 else THREAT, encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json", "--jobs", "1"])
    serial = json.loads(capsys.readouterr().out)
    main(["check", str(tmp_path), "--format", "json", "--jobs", "2"])
    assert json.loads(capsys.readouterr().out) == serial


def test_read_prints_the_reading_contract_and_names_bad_files(tmp_path, capsys):
    good = tmp_path / "plan.txt"
    good.write_text("Kooperationsplan vom 01.09.2026\n\nWas das Jobcenter tut\n"
                    "- Das Jobcenter übernimmt bis 30.09.2026 die Fahrtkosten.\n", encoding="utf-8")
    (tmp_path / "leer.txt").write_text("", encoding="utf-8")
    assert main(["read", str(good), str(tmp_path / "leer.txt"), "--format", "json"]) == 2
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["schema"] == "augenhoehe.reading/1" and len(out["results"]) == 1
    step = out["results"][0]["steps"][0]
    assert (step["owner"], step["due"]) == ("jobcenter", "2026-09-30")
    assert "leer.txt" in captured.err and "leer" in captured.err.lower()
