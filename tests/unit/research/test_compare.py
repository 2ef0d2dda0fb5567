"""Agreement between coders of a project and the checker's validity report."""

from __future__ import annotations

import json

import pytest

from augenhoehe.cli.main import main
from augenhoehe.research.compare import AgreementError, agreement_report, validity_report
from augenhoehe.research.export import CHECKER_GUID, build_project, write_qdpx
from augenhoehe.research.guide import stable_guid
from augenhoehe.research.project import Coding, Project, Source, User

from .helpers import docs

A = User("a0000000-0000-4000-8000-000000000001", "Anna")
B = User("b0000000-0000-4000-8000-000000000002", "Ben")


def _project() -> Project:
    p = Project("t", sources=[Source("s1", "eins", "x" * 100), Source("s2", "zwei", "y" * 100)],
                users=[A, B])
    from augenhoehe.research.project import Code

    p.codes = [Code("k1", "Kategorie 1"), Code("k2", "Kategorie 2")]
    p.codings = [
        Coding("s1", "k1", A.guid, 0, 50), Coding("s1", "k1", B.guid, 2, 50),    # 48/50 overlap
        Coding("s2", "k1", A.guid, 10, 20),                                       # only Anna
        Coding("s2", "k2", A.guid, 60, 90), Coding("s2", "k2", B.guid, 60, 90),  # identical
    ]
    return p


def test_agreement_per_code_and_overall():
    rows = {r.code: r for r in agreement_report(_project(), ["Anna", "Ben"])}
    k1, k2, total = rows["Kategorie 1"], rows["Kategorie 2"], rows["gesamt"]
    assert (k1.segments_agree, k1.segments_total) == (2, 3)
    assert k1.percent_presence == 0.5 and k2.percent_presence == 1.0
    assert k2.alpha_unitized == pytest.approx(1.0)
    assert 0 < k1.alpha_unitized < 1
    assert total.documents == 2 and total.percent_presence == 0.75
    assert total.cohen_kappa == pytest.approx(0.5)        # a = 1,1,0,1 ; b = 1,0,0,1
    assert total.brennan_prediger == pytest.approx(0.5)
    low = {r.code: r for r in agreement_report(_project(), ["Anna", "Ben"], min_overlap=0.99)}
    assert low["Kategorie 1"].segments_agree == 0


def test_agreement_errors_are_german():
    with pytest.raises(AgreementError, match="„Carla“ nicht im Projekt"):
        agreement_report(_project(), ["Anna", "Carla"])
    with pytest.raises(AgreementError, match="zwei verschiedene"):
        agreement_report(_project(), ["Anna", "anna"])
    with pytest.raises(AgreementError, match="Code „nix“"):
        agreement_report(_project(), ["Anna", "Ben"], "nix")


def _coded_export(tmp_path):
    project = build_project(docs())
    project.users += [A, B]
    checker = [c for c in project.codings if c.user == CHECKER_GUID]
    for c in checker:  # Anna codes exactly what the checker found
        project.codings.append(Coding(c.source, c.code, A.guid, c.start, c.end))
    for c in checker[::2]:  # Ben codes every other finding, slightly wider
        project.codings.append(Coding(c.source, c.code, B.guid, max(0, c.start - 1), c.end))
    return write_qdpx(project, tmp_path / "coded.qdpx"), project


def test_validity_report_human_vs_checker_beside_human_vs_human(tmp_path):
    _path, project = _coded_export(tmp_path)
    report = {r.indicator: r for r in validity_report(project)}
    assert len(report) == 10
    coded = {c.code for c in project.codings if c.user == CHECKER_GUID}
    key = next(k for k in report if stable_guid("code", k) in coded)
    anna, ben = report[key].human_vs_checker
    assert anna.coders == ["Anna", "augenhoehe-Prüfung"] and anna.alpha_unitized == pytest.approx(1.0)
    assert anna.percent_presence == 1.0
    (pair,) = report[key].human_vs_human
    assert pair.coders == ["Anna", "Ben"]


def test_cli_agreement_and_validity(tmp_path, capsys):
    path, _ = _coded_export(tmp_path)
    assert main(["research", "agreement", str(path), "--coders", "Anna,Ben", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "augenhoehe.agreement/1" and doc["results"][-1]["code"] == "gesamt"
    assert main(["research", "agreement", str(path), "--coders", "Anna,augenhoehe-Prüfung"]) == 0
    out = capsys.readouterr().out
    assert "αu" in out and "gesamt" in out
    assert main(["research", "validity", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Anna ↔ Prüfung" in out and "Anna ↔ Ben" in out and "Keine Rechtsfolgen im Plan" in out
    assert main(["research", "validity", str(path), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["indicators"]) == 10
    assert main(["research", "agreement", str(path), "--coders", "Anna,Zoe"]) == 2
    assert "Zoe" in capsys.readouterr().err


def test_validity_needs_human_codings(tmp_path, capsys):
    path = write_qdpx(build_project(docs()), tmp_path / "only-checker.qdpx")
    assert main(["research", "validity", str(path)]) == 2
    assert "Keine menschlichen Codierungen" in capsys.readouterr().err
