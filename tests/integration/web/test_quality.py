"""The checker inside the workspace: live findings, stored scores, dismissals with reasons."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client as Browser

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import AuditEvent, FindingDismissal
from augenhoehe.web.workspace.services import plans

pytestmark = pytest.mark.django_db
DAY = date(2026, 9, 1)


def _browser(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


def _save(world, goal: str, step_text: str):
    version = plans.start_draft(world.case_a, world.cw_nord, DAY)
    plans.save_draft(version, CooperationPlan(
        plan_date=DAY, goal=goal, review_date=date(2027, 1, 15),
        steps=[Step(step_text, StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE, frequency="zweimal im Monat")]),
        version.revision, world.cw_nord)
    version.refresh_from_db()
    return version


def test_saved_version_keeps_its_scores_and_findings(world):
    version = _save(world, "Integration in den Arbeitsmarkt",
                    "Sie haben monatlich fünf Bewerbungen nachzuweisen.")
    result = version.check_result
    assert set(result["scores"]) >= {"ausformulierung", "kooperative_sprache", "gesamt"}
    assert any(f["indicator"] == "kooperative_sprache" for f in result["findings"])


def test_the_stored_check_reads_the_plan_as_saved_not_as_it_was_before(world):
    version = _save(world, "Arbeit als Pflegehelferin in Kassel", "Sie bewerben sich bei Pflegediensten.")
    assert "Arbeit als Pflegehelferin in Kassel" in version.check_result["text"]
    assert "15.01.2027" in version.check_result["text"]  # the saved review date, not the draft's default


def test_live_check_marks_directive_wording_while_typing(world):
    version = _save(world, "Pflegehelferin", "Sie bewerben sich bei Pflegediensten.")
    response = _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", {
        "revision": version.revision, "plan_date": "2026-09-01", "goal": "Pflegehelferin",
        "steps-TOTAL_FORMS": "1", "steps-0-text": "Der Kunde hat unverzüglich Nachweise vorzulegen.",
        "steps-0-owner": "client", "steps-0-section": "naechste_schritte",
    }, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark" in html and "Kooperative Sprache" in html


def test_live_check_names_the_main_reason_for_a_low_overall_score(world):
    version = _save(world, "Pflegehelferin", "Sie bewerben sich bei Pflegediensten.")
    response = _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", {
        "revision": version.revision, "plan_date": "2026-09-01", "goal": "Arbeit",
        "steps-TOTAL_FORMS": "1", "steps-0-text": "Sie bemühen sich.",
        "steps-0-owner": "client", "steps-0-section": "naechste_schritte",
    }, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "Vor allem:" in html
    reason = html.split("Vor allem:")[1].split("</p>")[0]
    assert any(label in reason for label in ("Gegenseitigkeit", "Nachhaltung", "Beteiligung", "Aussagekraft"))


def test_live_check_survives_garbage_input(world):
    _save(world, "Pflegehelferin", "Sie bewerben sich bei Pflegediensten.")
    response = _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", {
        "steps-TOTAL_FORMS": "abc", "plan_date": "31.02.", "goal": "x" * 20000})
    assert response.status_code == 200


def test_dismissed_finding_is_stored_audited_and_no_longer_shown(world):
    version = _save(world, "Integration in den Arbeitsmarkt", "Sie bewerben sich regelmäßig.")
    finding = version.check_result["findings"][0]
    browser = _browser(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/plan/hinweise/verwerfen/", {
        "code": finding["code"], "excerpt": finding["excerpt"], "reason": "Mit der Person so besprochen"})
    assert FindingDismissal.objects.get().reason == "Mit der Person so besprochen"
    assert AuditEvent.objects.filter(action="finding.dismiss").exists()


def test_dismissal_without_reason_is_refused(world):
    version = _save(world, "Integration in den Arbeitsmarkt", "Sie bewerben sich regelmäßig.")
    finding = version.check_result["findings"][0]
    _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/hinweise/verwerfen/", {
        "code": finding["code"], "excerpt": finding["excerpt"], "reason": " "})
    assert not FindingDismissal.objects.exists()


def test_client_portal_shows_no_scores(world):
    version = _save(world, "Pflegehelferin", "Sie bewerben sich bei Pflegediensten.")
    plans.agree(version, world.cw_nord, DAY)
    html = _browser(world.client_a).get("/portal/").content.decode()
    assert "Pflegehelferin" in html
    assert "Qualität" not in html and "gesamt" not in html.lower()


def test_the_checker_reads_the_contents_so_jobcenter_services_there_count_as_commitments(world):
    version = plans.start_draft(world.case_a, world.cw_nord, DAY)
    service = "Wir übernehmen bis zum 30.11.2026 die Fahrtkosten zum Staplerkurs"
    plan = CooperationPlan(plan_date=DAY, goal="Arbeit als Lagerist in Kassel", review_date=date(2026, 12, 1),
                           steps=[Step("Sie machen den Staplerschein bei der DEKRA", StepOwner.CLIENT,
                                       Section.NAECHSTE_SCHRITTE, due_date=date(2026, 11, 30))],
                           content_slots={"eingliederungsleistungen": service})
    plans.save_draft(version, plan, version.revision, world.cw_nord)
    version.refresh_from_db()
    result = version.check_result
    assert service in result["text"]
    assert "GS101" not in {f["code"] for f in result["findings"]}
    html = _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", {
        "revision": version.revision, "plan_date": "2026-09-01", "goal": "Arbeit als Lagerist in Kassel",
        "review_date": "2026-12-01", "slot_eingliederungsleistungen": service,
        "steps-TOTAL_FORMS": "1", "steps-0-text": "Sie machen den Staplerschein bei der DEKRA",
        "steps-0-owner": "client", "steps-0-section": "naechste_schritte", "steps-0-due_date": "2026-11-30",
    }, HTTP_HX_REQUEST="true").content.decode()
    assert "Fahrtkosten zum Staplerkurs" in html and "GS101" not in html
