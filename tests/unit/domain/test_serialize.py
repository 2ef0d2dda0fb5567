"""Structured plans survive a round trip and bad input gets a German message."""

from datetime import date

import pytest

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.domain.render import plan_to_text
from augenhoehe.domain.serialize import plan_from_dict, plan_to_dict


def _plan() -> CooperationPlan:
    return CooperationPlan(
        goal="Arbeit als Pflegehelferin in Teilzeit",
        interim_goal="Kita-Platz für Mia bis zum Sommer",
        plan_date=date(2026, 9, 1),
        review_date=date(2027, 1, 15),
        steps=[
            Step("Sie bewerben sich bei zwei Pflegediensten in Kassel", StepOwner.CLIENT,
                 frequency="zweimal im Monat"),
            Step("Wir übernehmen die Fahrtkosten zum Vorstellungsgespräch", StepOwner.JOBCENTER,
                 Section.UNTERSTUETZUNG_JOBCENTER, due_date=date(2026, 10, 1)),
        ],
    )


def test_plan_round_trips_through_json():
    plan = _plan()
    assert plan_from_dict(plan_to_dict(plan)) == plan


def test_plan_regime_follows_its_date():
    assert _plan().regime.value == "grundsicherung"


def test_wrong_owner_is_reported_in_german_with_its_place():
    data = plan_to_dict(_plan())
    data["steps"][1]["owner"] = "boss"
    with pytest.raises(ValidationError, match=r"steps\[1\]\.owner.*nicht erlaubt"):
        plan_from_dict(data)


def test_bad_date_is_reported():
    with pytest.raises(ValidationError, match="kein gültiges Datum"):
        plan_from_dict({"goal": "x", "review_date": "31.02.2026"})


def test_text_shows_rubrics_steps_and_german_dates():
    text = plan_to_text(_plan())
    assert "Berufsziel\nArbeit als Pflegehelferin" in text
    assert "Unterstützung durch das Jobcenter" in text
    assert "bis 01.10.2026" in text
    assert "am 15.01.2027" in text
