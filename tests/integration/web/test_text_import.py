"""“Plan aus Text übernehmen”: a legacy plan in text becomes the first draft, after the caseworker saw it."""

from __future__ import annotations

import pytest

from augenhoehe.domain.plan import StepOwner
from augenhoehe.web.workspace.models import PlanVersion
from augenhoehe.web.workspace.services import plans, stored

from .conftest import browser_for

pytestmark = pytest.mark.django_db

LEGACY = """Eingliederungsvereinbarung

Ziel: Arbeit als Fachkraft für Lagerlogistik.

Bemühungen von Frau Demir
- Frau Demir bewirbt sich jeden Monat auf vier Stellen im Lager.
- Frau Demir meldet sich bis 31.12.2099 zum Staplerkurs an.

Leistungen des Jobcenters
- Das Jobcenter übernimmt die Kosten des Staplerkurses.
"""


def test_caseworker_sees_the_reading_first_and_then_takes_it_over(world):
    browser = browser_for(world.cw_nord)
    url = f"/faelle/{world.case_a.public_id}/plan/aus-text/"
    shown = browser.post(url, {"text": LEGACY, "read": "1"})
    html = shown.content.decode()
    assert shown.status_code == 200 and "Das hat der Plan-Leser gefunden" in html and "Staplerkurs" in html
    assert not PlanVersion.objects.filter(plan__case=world.case_a).exists(), "nothing is saved before confirming"
    taken = browser.post(url, {"text": LEGACY, "confirm": "1"})
    assert taken.status_code == 302 and taken["Location"].endswith("/plan/")
    plan = stored.to_domain(plans.latest_version(world.case_a))
    assert "Lagerlogistik" in plan.goal
    owners = [s.owner for s in plan.steps]
    assert owners == [StepOwner.CLIENT, StepOwner.CLIENT, StepOwner.JOBCENTER]
    assert plan.steps[0].frequency and plan.steps[1].due_date is not None


def test_an_existing_plan_is_never_overwritten(world):
    browser = browser_for(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/plan/aus-text/", {"text": LEGACY, "confirm": "1"})
    version = plans.latest_version(world.case_a)
    again = browser.post(f"/faelle/{world.case_a.public_id}/plan/aus-text/",
                         {"text": "Ziel: etwas anderes", "confirm": "1"})
    assert again.status_code == 302
    assert PlanVersion.objects.filter(plan__case=world.case_a).count() == 1
    assert plans.latest_version(world.case_a).revision == version.revision


@pytest.mark.parametrize("text, message", [("   ", "Bitte fügen Sie den Text"), ("x" * 20_001, "zu lang")])
def test_empty_or_huge_text_gets_a_clear_message_and_saves_nothing(world, text, message):
    response = browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/aus-text/",
                                               {"text": text, "confirm": "1"})
    assert response.status_code == 200 and message in response.content.decode()
    assert not PlanVersion.objects.filter(plan__case=world.case_a).exists()


def test_another_teams_case_is_not_found(world):
    response = browser_for(world.cw_nord).get(f"/faelle/{world.case_sued.public_id}/plan/aus-text/")
    assert response.status_code == 404
