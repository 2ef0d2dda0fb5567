"""Research projects: import (all or nothing), coding with checked offsets, memos, summaries, export round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse

from augenhoehe.research.importer import read_qdpx
from augenhoehe.web.research.models import CaseSummary, Code, Coding, Memo, ResearchProject
from augenhoehe.web.research.services import projects
from tests.integration.web.research.conftest import TEXT_A, as_user, sample_project
from tests.unit.research.helpers import rewrite_qde

pytestmark = pytest.mark.django_db


def _upload(browser, path: Path, name: str = "Hochgeladen"):
    with path.open("rb") as fh:
        return browser.post(reverse("research:create"), {"qdpx-name": name, "qdpx-file": fh,
                                                         "qdpx-seed_guide": "on"}, follow=True)


def test_uploading_a_qdpx_creates_a_project_with_sources_codes_codings_and_the_guide(researcher, qdpx):
    response = _upload(as_user(researcher), qdpx)
    project = ResearchProject.objects.get(name="Hochgeladen")
    assert response.redirect_chain[-1][0] == reverse("research:project", args=[project.pk])
    assert [d.name for d in project.documents.all()] == ["Plan A", "Plan B"]
    assert project.documents.get(name="Plan A").text == TEXT_A
    assert Coding.objects.filter(document__project=project).count() == 3
    assert project.codes.filter(name="Eigener Code").exists()
    assert project.codes.filter(name="Rollenorientierung").exists()  # seeded from the category guide
    assert project.members.get() == researcher


def test_a_file_that_is_not_a_zip_gets_the_importers_message_and_nothing_is_imported(researcher, tmp_path):
    bad = tmp_path / "kaputt.qdpx"
    bad.write_text("kein Archiv")
    response = _upload(as_user(researcher), bad)
    assert response.status_code == 200
    assert "kaputt.qdpx: keine ZIP-Datei" in response.content.decode()
    assert str(tmp_path) not in response.content.decode()
    assert not ResearchProject.objects.exists()


def test_a_selection_past_the_end_refuses_the_whole_file(researcher, tmp_path, qdpx):
    broken = rewrite_qde(qdpx, tmp_path / "lang.qdpx", b'endPosition="38"', b'endPosition="3800"')
    response = _upload(as_user(researcher), broken)
    assert "reicht über das Textende hinaus" in response.content.decode()
    assert not ResearchProject.objects.exists() and not Code.objects.exists()


def _code(project, name="Nachhaltung") -> Code:
    return project.codes.get(name=name)


def test_a_researcher_codes_a_selection_by_code_point_offsets(project, researcher):
    doc = project.documents.get(name="Plan A")
    start = TEXT_A.index("😀")
    url = reverse("research:add_coding", args=[project.pk, doc.pk])
    response = as_user(researcher).post(url, {"code": _code(project).pk, "start": start, "end": start + 6},
                                        follow=True)
    coding = Coding.objects.get(created_by=researcher)
    assert coding.segment == "😀 Ende"
    assert coding.coder_name == "forscherin"
    assert "Segment codiert." in response.content.decode()


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (10, 4), (0, 10_000)])
def test_offsets_outside_the_text_are_refused(project, researcher, start, end):
    doc = project.documents.get(name="Plan A")
    url = reverse("research:add_coding", args=[project.pk, doc.pk])
    response = as_user(researcher).post(url, {"code": _code(project).pk, "start": start, "end": end})
    assert response.status_code == 200
    assert not Coding.objects.filter(created_by=researcher).exists()


def test_a_group_cannot_be_coded_and_a_code_of_another_project_is_unknown(project, researcher, qdpx):
    other = projects.import_qdpx(researcher, "Anderes", qdpx)
    doc = project.documents.get(name="Plan A")
    url = reverse("research:add_coding", args=[project.pk, doc.pk])
    group = project.codes.filter(codable=False).first()
    browser = as_user(researcher)
    browser.post(url, {"code": group.pk, "start": 0, "end": 5})
    browser.post(url, {"code": other.codes.get(name="Eigener Code").pk, "start": 0, "end": 5})
    assert not Coding.objects.filter(created_by=researcher).exists()


def _write(browser, project, doc, code, memo: str, code_memo: str, summary: str) -> None:
    browser.post(reverse("research:add_memo", args=[project.pk]), {"text": memo, "document": doc.pk})
    browser.post(reverse("research:add_memo", args=[project.pk]), {"text": code_memo, "code": code.pk})
    browser.post(reverse("research:save_summary", args=[project.pk, doc.pk]), {"text": summary})


def test_memos_on_documents_and_codes_and_a_case_summary(project, researcher):
    doc = project.documents.get(name="Plan B")
    code = _code(project)
    browser = as_user(researcher)
    _write(browser, project, doc, code, "Lager als Ziel?", "Frist fehlt oft", "Kurz: Lagerarbeit.")
    assert Memo.objects.get(document=doc).text == "Lager als Ziel?"
    assert Memo.objects.get(code=code).text == "Frist fehlt oft"
    assert CaseSummary.objects.get(document=doc).text == "Kurz: Lagerarbeit."
    assert "Frist fehlt oft" in browser.get(reverse("research:code", args=[project.pk, code.pk])).content.decode()
    page = browser.get(reverse("research:document", args=[project.pk, doc.pk])).content.decode()
    assert "Lager als Ziel?" in page and "Kurz: Lagerarbeit." in page


def test_only_own_codings_can_be_removed(project, researcher):
    imported = Coding.objects.filter(document__project=project).first()
    as_user(researcher).post(reverse("research:delete_coding", args=[project.pk, imported.pk]))
    assert Coding.objects.filter(pk=imported.pk).exists()


def test_a_new_subcategory_can_be_added_under_a_main_category(project, researcher):
    parent = _code(project)
    as_user(researcher).post(reverse("research:codes", args=[project.pk]),
                             {"name": "Frist ohne Datum", "parent": parent.pk, "description": "Definition: …"})
    assert project.codes.get(name="Frist ohne Datum").parent == parent


def test_export_round_trip_keeps_sources_codes_and_codings(project, researcher, tmp_path):
    doc = project.documents.get(name="Plan B")
    as_user(researcher).post(reverse("research:add_coding", args=[project.pk, doc.pk]),
                             {"code": _code(project).pk, "start": 39, "end": 74})
    response = as_user(researcher).get(reverse("research:export", args=[project.pk]))
    assert response.status_code == 200
    path = tmp_path / "rund.qdpx"
    path.write_bytes(b"".join(response.streaming_content))
    back = read_qdpx(path)
    original = projects.as_project(project)
    assert {(s.guid, s.name, s.text) for s in back.sources} == {(s.guid, s.name, s.text) for s in original.sources}
    assert {(c.guid, c.name, c.parent) for c in back.codes} == {(c.guid, c.name, c.parent) for c in original.codes}
    assert {(c.source, c.code, c.user, c.start, c.end) for c in back.codings} == \
        {(c.source, c.code, c.user, c.start, c.end) for c in original.codings}
    assert len(back.codings) == 4
    assert {"Anna", "Ben", "forscherin"} <= {u.name for u in back.users}
    sample = sample_project()
    assert {c.name for c in sample.codes} <= {c.name for c in back.codes}


def test_memos_and_case_summaries_travel_with_the_export_into_a_new_project(project, researcher, tmp_path):
    doc = project.documents.get(name="Plan A")
    code = _code(project)
    browser = as_user(researcher)
    _write(browser, project, doc, code, "Memo A", "Memo Code", "Zusammenfassung A")
    path = tmp_path / "mit-memos.qdpx"
    path.write_bytes(b"".join(browser.get(reverse("research:export", args=[project.pk])).streaming_content))
    again = projects.import_qdpx(researcher, "Wieder", path)
    assert again.documents.get(name="Plan A").summary.text == "Zusammenfassung A"
    assert Memo.objects.get(project=again, document__name="Plan A").text == "Memo A"
    assert Memo.objects.get(project=again, code__name="Nachhaltung").text == "Memo Code"
    assert again.codes.count() == project.codes.count()
    assert Coding.objects.filter(document__project=again).count() == Coding.objects.filter(
        document__project=project).count()


def test_a_project_from_a_simulation_holds_pseudonymised_plans_and_the_checkers_codings(researcher):
    browser = as_user(researcher)
    response = browser.post(reverse("research:create"), {"sim-name": "Sim", "sim-seed": 3, "sim-clients": 3},
                            follow=True)
    project = ResearchProject.objects.get(name="Sim")
    assert response.status_code == 200
    assert project.documents.count() >= 3
    assert Coding.objects.filter(document__project=project, coder_name="augenhoehe-Prüfung").exists()
    assert "pseudonymisiert" in project.origin
    assert project.codes.filter(name="Sozialpolitische Intention").exists()


def test_a_simulation_larger_than_the_limit_is_refused_before_it_runs(researcher):
    response = as_user(researcher).post(reverse("research:create"),
                                        {"sim-name": "Zu groß", "sim-seed": 1, "sim-clients": 31})
    assert response.status_code == 200
    assert not ResearchProject.objects.exists()
