"""The two edges of a plan: every refusal has words, and the live check reads the editor like saving does."""

from __future__ import annotations

from datetime import date

from django.http import QueryDict

from augenhoehe.domain.lifecycle import Refusal
from augenhoehe.domain.plan import Author, StepStatus
from augenhoehe.web.workspace.plan_form import lenient_plan
from augenhoehe.web.workspace.services.refusals import REFUSALS


def test_every_refusal_has_a_message() -> None:
    assert set(REFUSALS) == set(Refusal)


def _post(**fields: str) -> QueryDict:
    data = QueryDict(mutable=True)
    data.update({"steps-TOTAL_FORMS": "1", "steps-INITIAL_FORMS": "0", "plan_date": "2026-09-01",
                 "goal": "Lagerist", "goal_author": "client", "interim_goal_author": "client",
                 "steps-0-text": "Sie machen den Staplerschein", "steps-0-owner": "client",
                 "steps-0-section": "naechste_schritte", "steps-0-author": "client",
                 "steps-0-status": "partly", "steps-0-evidence": "Bescheinigung", **fields})
    return data


def test_the_live_check_keeps_evidence_status_and_the_interim_goals_author() -> None:
    plan = lenient_plan(_post())
    assert plan.interim_goal_author is Author.CLIENT and plan.goal_author is Author.CLIENT
    step = plan.steps[0]
    assert (step.evidence, step.status, step.author) == ("Bescheinigung", StepStatus.PARTLY, Author.CLIENT)
    assert plan.plan_date == date(2026, 9, 1)


def test_the_live_check_survives_what_saving_would_refuse() -> None:
    plan = lenient_plan(_post(plan_date="kein Datum", goal="x" * 9000, **{"steps-TOTAL_FORMS": "9999",
                                                                           "steps-0-owner": "niemand"}))
    assert plan.plan_date is None and len(plan.goal) < 9000 and plan.goal.startswith("xxx")
    assert len(plan.steps) <= 30
