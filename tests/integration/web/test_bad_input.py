"""Whatever a person types or tampers with: a German message or a 4xx, never a 500, nothing lost."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client as Browser

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import PlanVersion
from augenhoehe.web.workspace.services import plans

pytestmark = pytest.mark.django_db

ODD_VALUES = ["", " ", "abc", "-1", "99999999999999999999", "31.02.2026", "2026-02-31", "\x00", "ä" * 5000,
              "<script>alert(1)</script>", "' OR 1=1 --", "\ud800".encode("utf-8", "surrogatepass").decode("latin-1")]


def _browser(user) -> Browser:
    browser = Browser(raise_request_exception=False)
    browser.force_login(user)
    return browser


@pytest.fixture
def draft(world) -> PlanVersion:
    version = plans.start_draft(world.case_a, world.cw_nord, date(2026, 9, 1))
    plans.save_draft(version, CooperationPlan(plan_date=date(2026, 9, 1), goal="Lagerist", steps=[
        Step("Staplerschein machen", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)]), version.revision, world.cw_nord)
    version.refresh_from_db()
    return version


@pytest.mark.parametrize("value", ODD_VALUES)
def test_plan_editor_never_fails_and_keeps_the_stored_plan(world, draft, value):
    response = _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/", {
        "revision": value, "plan_date": value, "goal": value, "review_date": value,
        "steps-TOTAL_FORMS": value, "steps-INITIAL_FORMS": value, "steps-0-text": value,
        "steps-0-owner": value, "steps-0-section": value, "steps-0-due_date": value})
    assert response.status_code < 500
    draft.refresh_from_db()
    assert draft.goal == "Lagerist"


@pytest.mark.parametrize("value", ODD_VALUES)
@pytest.mark.parametrize("url", ["/faelle/{id}/schreiben/neu/", "/faelle/{id}/potenzialanalyse/",
                                 "/faelle/{id}/plan/aufschieben/", "/faelle/{id}/plan/ueberpruefung/",
                                 "/faelle/{id}/plan/pruefen/", "/faelle/{id}/plan/hinweise/verwerfen/"])
def test_caseworker_forms_never_fail(world, draft, url, value):
    response = _browser(world.cw_nord).post(url.format(id=world.case_a.public_id), {
        "kind": value, "step": value, "issued_on": value, "obligation": value, "proof_deadline": value,
        "conducted_on": value, "reason": value, "until": value, "held_on": value, "code": value,
        "excerpt": value, f"status_{draft.steps.first().pk}": value})
    assert response.status_code < 500


@pytest.mark.parametrize("value", ODD_VALUES)
def test_portal_forms_never_fail(world, draft, value):
    plans.agree(draft, world.cw_nord, date(2026, 9, 1))
    browser = _browser(world.client_a)
    for url in ["/portal/vorschlag/", "/portal/schlichtung/", "/portal/bestaetigen/"]:
        assert browser.post(url, {"kind": value, "text": value, "reason": value}).status_code < 500


@pytest.mark.parametrize("query", ["?seite=abc", "?seite=-5", "?status=<b>", "?q=" + "x" * 5000, "?q=%00"])
def test_caseload_filters_never_fail(world, query):
    assert _browser(world.cw_nord).get("/faelle/" + query).status_code == 200


def test_review_notes_with_control_bytes_are_stored_without_them(world, draft):
    plans.agree(draft, world.cw_nord, date(2026, 9, 1))
    step = draft.steps.get()
    response = _browser(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/ueberpruefung/", {
        "held_on": "2027-01-10", "notes": "gut", f"status_{step.pk}": "done", f"note_{step.pk}": "er\x00ledigt"})
    assert response.status_code == 302
    step.refresh_from_db()
    assert step.review_outcome == "erledigt"
