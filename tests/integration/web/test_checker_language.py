"""The checker speaks the staff member's language: findings, reasons, rule titles and reading aids."""

from __future__ import annotations

from datetime import date

import pytest
from django.conf import settings
from django.test import Client as Browser

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.services import figures, plans
from tests.integration.web.conftest import team_with_plans

pytestmark = pytest.mark.django_db
DAY = date(2026, 9, 1)
UNDATED = {"plan_date": "2026-09-01", "goal": "Arbeit als Pflegehelferin in Kassel", "review_date": "2027-01-15",
           "steps-TOTAL_FORMS": "1", "steps-0-text": "Sie bewerben sich bei Pflegediensten in Kassel.",
           "steps-0-owner": "client", "steps-0-section": "naechste_schritte"}


def _as(user, language: str | None = None) -> Browser:
    browser = Browser()
    browser.force_login(user)
    if language:
        browser.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return browser


def _draft(world, step: str):
    version = plans.start_draft(world.case_a, world.cw_nord, DAY)
    plans.save_draft(version, CooperationPlan(plan_date=DAY, goal="Arbeit als Pflegehelferin in Kassel", steps=[
        Step(step, StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)]), version.revision, world.cw_nord)
    version.refresh_from_db()
    return version


def _live_check(browser: Browser, world, version) -> str:
    response = browser.post(f"/faelle/{world.case_a.public_id}/plan/pruefen/",
                            {"revision": version.revision, **UNDATED}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return response.content.decode()


def test_an_english_caseworker_reads_the_finding_of_an_undated_step_in_english(world):
    version = _draft(world, "Sie bewerben sich bei Pflegediensten in Kassel.")
    html = _live_check(_as(world.cw_nord, "en"), world, version)
    assert "This step has neither a date nor a frequency." in html
    assert "Dieser Schritt hat weder Termin noch Häufigkeit." not in html
    assert "Step without date or frequency" in html and "cannot be ticked off at the review" in html
    assert "Above all:" in html and "Vor allem:" not in html
    assert "Suggestion for the plan text (in German):" in html
    assert "Ergänzen Sie ein Datum oder wie oft" in html  # the suggestion is German plan text


def test_a_german_caseworker_reads_the_same_finding_in_german(world):
    version = _draft(world, "Sie bewerben sich bei Pflegediensten in Kassel.")
    html = _live_check(_as(world.cw_nord), world, version)
    assert "Dieser Schritt hat weder Termin noch Häufigkeit." in html
    assert "Schritt ohne Termin oder Häufigkeit" in html
    assert "This step has neither" not in html


def test_a_blocking_finding_on_the_case_page_is_in_the_readers_language(world):
    _draft(world, "Sie bewerben sich zweimal im Monat, sonst wird Ihr Bürgergeld gemindert.")
    english = _as(world.cw_nord, "en").get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "the plan threatens to cut benefits" in english
    assert "Der Plan droht mit Kürzung der Leistungen" not in english
    german = _as(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "Der Plan droht mit Kürzung der Leistungen" in german


def test_refusing_to_agree_names_the_open_error_in_the_readers_language(world):
    version = _draft(world, "Sie bewerben sich zweimal im Monat, sonst wird Ihr Bürgergeld gemindert.")
    response = _as(world.cw_nord, "en").post(f"/faelle/{world.case_a.public_id}/plan/vereinbaren/", follow=True)
    html = response.content.decode()
    assert "the plan threatens to cut benefits" in html
    version.refresh_from_db()
    assert version.concluded_on is None


def test_the_stored_result_keeps_the_german_contract_beside_the_texts(world):
    version = _draft(world, "Sie bewerben sich bei Pflegediensten in Kassel.")
    finding = next(f for f in version.check_result["findings"] if f["code"] == "AF102")
    assert finding["message"] == "Dieser Schritt hat weder Termin noch Häufigkeit."
    assert finding["message_text"] == {"msgid": finding["message"], "params": {}}


@pytest.mark.usefixtures("data_dir")
def test_the_dashboards_rule_names_and_reading_aids_are_english_for_an_english_team_lead(world):
    team_with_plans(world.nord, 5)
    figures.refresh_all()
    english = _as(world.lead_nord, "en").get("/team/kennzahlen/").content.decode()
    assert "Creaming (focus on those assessed as cooperative)" in english
    assert "within 90 days" in english
    assert "Verhältnis der Kontaktminuten" not in english
    assert "Plans in form only" in english
    german = _as(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "binnen 90 Tagen" in german and "Pläne nur der Form nach" in german
