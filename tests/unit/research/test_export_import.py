"""Export to .qdpx and import back: same sources, codes and codings; XSD-valid; pseudonymised."""

from __future__ import annotations

import json
import zipfile

from lxml import etree

from augenhoehe.cli.main import main
from augenhoehe.research.export import CHECKER_NAME, build_project, write_qdpx
from augenhoehe.research.importer import read_qdpx
from augenhoehe.research.project import Coding, User
from augenhoehe.research.qdaxml import safe_parser, validate_project

from .helpers import PLAN_A, PLAN_B, docs


def test_round_trip_keeps_sources_codes_users_and_codings(tmp_path):
    project = build_project(docs())
    human = User("0b9d3f3e-1111-4a4a-8c8c-000000000001", "Kodiererin A")
    project.users.append(human)
    code = project.codes[3].guid
    project.codings.append(Coding(project.sources[0].guid, code, human.guid, 0, 16, "0b9d3f3e-2222-4a4a-8c8c-1"
                                  "00000000001"))
    path = write_qdpx(project, tmp_path / "p.qdpx")
    back = read_qdpx(path)
    assert [(s.guid, s.name, s.text) for s in back.sources] == [(s.guid, s.name, s.text) for s in project.sources]
    assert [(c.guid, c.name, c.parent, c.codable) for c in back.codes] == \
        [(c.guid, c.name, c.parent, c.codable) for c in project.codes]
    assert {(u.guid, u.name) for u in back.users} == {(u.guid, u.name) for u in project.users}
    key = lambda c: (c.source, c.code, c.user, c.start, c.end)  # noqa: E731
    assert sorted(map(key, back.codings)) == sorted(map(key, project.codings))
    assert back.skipped == [] and back.notes == []
    assert back.sources[0].variables["score_gesamt"] == project.sources[0].variables["score_gesamt"]
    assert back.sources[0].variables["regime"] == project.sources[0].variables["regime"]


def test_project_qde_validates_against_the_official_schema(tmp_path):
    path = write_qdpx(build_project(docs()), tmp_path / "p.qdpx")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        root = etree.fromstring(zf.read("project.qde"), parser=safe_parser())
    assert validate_project(root) == []
    assert "project.qde" in names and sum(n.startswith("Sources/") for n in names) == 2


def test_pseudonymised_by_default_and_findings_still_cover_their_words(tmp_path):
    project = build_project(docs())
    text = "\n".join(s.text for s in project.sources)
    for secret in ("Wendler", "Tobias", "Marquardt", "Kovalenko", "25301BG0048812", "Kranz"):
        assert secret not in text
    assert "Person A" in text
    a = project.sources[0]
    spans = [a.text[c.start:c.end] for c in project.codings if c.source == a.guid]
    assert any("regelmäßig" in s or "ausreichendem Umfang" in s for s in spans)
    b = project.sources[1]
    spans_b = [b.text[c.start:c.end] for c in project.codings if c.source == b.guid]
    assert any("gemindert" in s or "Rechtsfolgenbelehrung" in s for s in spans_b)
    plain = build_project(docs(), pseudonymise=False)
    assert plain.sources[0].text == PLAN_A and plain.sources[1].text == PLAN_B


def test_checker_is_a_named_coder():
    project = build_project(docs())
    assert [u.name for u in project.users] == [CHECKER_NAME]
    assert {c.user for c in project.codings} == {project.users[0].guid}


def test_cli_export_from_directory_and_import_as_json(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PLAN_A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(PLAN_B, encoding="utf-8")
    out = tmp_path / "k.qdpx"
    assert main(["research", "export", str(tmp_path / "in"), "--out", str(out)]) == 0
    assert "pseudonymisiert" in capsys.readouterr().out
    assert main(["research", "import", str(out), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "augenhoehe.qda/1"
    assert [s["name"] for s in doc["sources"]] == ["a", "b"]
    assert doc["coders"][0]["name"] == CHECKER_NAME and doc["codings"] and doc["skipped"] == []


def test_cli_export_reads_structured_json_plans(tmp_path, capsys):
    plan = {"schema": "augenhoehe.plan/1", "goal": "Arbeit als Lagerist in Bremen", "plan_date": "2026-09-01",
            "steps": [{"text": "Herr Wendler bewirbt sich regelmäßig", "due_date": "2026-11-30"}]}
    (tmp_path / "p.json").write_text(json.dumps(plan), encoding="utf-8")
    out = tmp_path / "j.qdpx"
    assert main(["research", "export", str(tmp_path / "p.json"), "--out", str(out)]) == 0
    (src,) = read_qdpx(out).sources
    assert "Lagerist" in src.text and "Wendler" not in src.text
    assert str(src.variables["plan_date"]) == "2026-09-01"


def test_cli_export_needs_exactly_one_source_and_explains_workspace(tmp_path, capsys):
    assert main(["research", "export", "--out", str(tmp_path / "x.qdpx")]) == 2
    assert "genau eine Quelle" in capsys.readouterr().err
    assert main(["research", "export", "--workspace", "--out", str(tmp_path / "x.qdpx")]) == 2
    assert "nie laufende Fälle" in capsys.readouterr().err
    assert not (tmp_path / "x.qdpx").exists()


def test_cli_export_from_simulation_with_ground_truth(tmp_path, capsys):
    sim = tmp_path / "sim"
    assert main(["simulate", "--clients", "6", "--caseworkers", "5", "--teams", "1", "--months", "1",
                 "--out", str(sim), "--quiet"]) == 0
    out = tmp_path / "sim.qdpx"
    assert main(["research", "export", "--from-simulation", str(sim), "--ground-truth", "--out", str(out)]) == 0
    project = read_qdpx(out)
    assert project.sources
    v = project.sources[0].variables
    assert v["team"] == "T01" and "gt_strategies" in v and "score_gesamt" in v
