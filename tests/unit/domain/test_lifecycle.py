"""The plan's lifecycle rules without a database: what may happen, and what a Fortschreibung carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from augenhoehe.domain import lifecycle
from augenhoehe.domain.lifecycle import PlanStatus, Refusal
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner, StepStatus

DAY = date(2026, 9, 1)


def _plan(**changes: object) -> CooperationPlan:
    base: dict[str, object] = {
        "goal": "Verkäuferin", "plan_date": DAY, "review_date": date(2027, 2, 1),
        "steps": [Step("Sie bewerben sich bei Drogerien", frequency="zweimal im Monat"),
                  Step("Wir übernehmen die Kosten", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER,
                       status=StepStatus.DONE),
                  Step("Sie machen den Staplerschein", due_date=date(2026, 10, 1), status=StepStatus.PARTLY,
                       evidence="Teilnahmebescheinigung")],
    }
    base.update(changes)
    return CooperationPlan(**base)  # type: ignore[arg-type]


def test_a_draft_with_a_goal_may_be_saved() -> None:
    assert lifecycle.refuse_saving(_plan(), concluded_on=None) is None


def test_an_agreed_version_is_final() -> None:
    assert lifecycle.refuse_saving(_plan(), concluded_on=DAY) is Refusal.AGREED_IS_FINAL


def test_a_plan_without_goal_is_not_saved() -> None:
    assert lifecycle.refuse_saving(_plan(goal="  "), None) is Refusal.NO_GOAL


def test_the_review_cannot_come_before_the_plan() -> None:
    assert lifecycle.refuse_saving(_plan(review_date=date(2026, 8, 1)), None) is Refusal.REVIEW_BEFORE_PLAN


def test_agreeing_needs_a_goal_and_a_step_and_happens_once() -> None:
    assert lifecycle.refuse_agreeing(_plan(), None) is None
    assert lifecycle.refuse_agreeing(_plan(steps=[]), None) is Refusal.INCOMPLETE
    assert lifecycle.refuse_agreeing(_plan(), DAY) is Refusal.ALREADY_AGREED


def test_the_client_confirms_an_agreed_version_before_its_review() -> None:
    assert lifecycle.refuse_confirming(None, None) is Refusal.NOT_AGREED_YET
    assert lifecycle.refuse_confirming(DAY, None) is None
    assert lifecycle.refuse_confirming(DAY, date(2027, 1, 1)) is Refusal.CONFIRM_AFTER_REVIEW


def test_a_version_is_reviewed_once_after_agreement() -> None:
    assert lifecycle.refuse_reviewing(None, None) is Refusal.REVIEW_NEEDS_AGREEMENT
    assert lifecycle.refuse_reviewing(DAY, None) is None
    assert lifecycle.refuse_reviewing(DAY, date(2027, 1, 1)) is Refusal.ALREADY_REVIEWED


def test_deferring_needs_a_reason() -> None:
    assert lifecycle.refuse_deferring(" ") is Refusal.NO_DEFERRAL_REASON
    assert lifecycle.refuse_deferring("Krankenhausaufenthalt") is None


def test_only_the_newest_version_is_continued() -> None:
    assert lifecycle.refuse_continuing(has_newer=True) is Refusal.NEWER_VERSION_EXISTS
    assert lifecycle.refuse_continuing(has_newer=False) is None


def test_six_month_rule() -> None:
    assert lifecycle.review_problem(DAY, None) is Refusal.NO_REVIEW_DATE
    assert lifecycle.review_problem(DAY, date(2027, 3, 2)) is Refusal.REVIEW_TOO_LATE
    assert lifecycle.review_problem(DAY, date(2027, 3, 1)) is None
    assert lifecycle.default_review_date(date(2026, 8, 31)) == date(2027, 2, 28)


def test_a_fortschreibung_carries_goals_and_unfinished_steps_with_their_deadlines() -> None:
    nxt = lifecycle.continued(_plan(), date(2027, 2, 1))
    assert nxt.goal == "Verkäuferin" and nxt.plan_date == date(2027, 2, 1)
    assert nxt.review_date == date(2027, 8, 1)
    assert [s.text for s in nxt.steps] == ["Sie bewerben sich bei Drogerien", "Sie machen den Staplerschein"]
    assert all(s.status is StepStatus.OPEN for s in nxt.steps)
    old_dates = {s.text: s.due_date for s in _plan().steps}
    assert [s.due_date for s in nxt.steps] == [old_dates[s.text] for s in nxt.steps]
    assert nxt.steps[1].evidence == "Teilnahmebescheinigung"


def test_continuing_leaves_the_old_plan_alone() -> None:
    old = _plan()
    lifecycle.continued(old, date(2027, 2, 1))
    assert old.steps[2].due_date == date(2026, 10, 1) and len(old.steps) == 3


@dataclass
class _Version:
    concluded_on: date | None = None
    review_date: date | None = None
    reviewed_on: date | None = None


@dataclass
class _Plan:
    deferred_reason: str = ""


def test_standing_follows_the_lifecycle() -> None:
    review = date(2027, 2, 1)
    assert lifecycle.standing(None, None, DAY).status is PlanStatus.NONE
    assert lifecycle.standing(_Plan("Pflege der Mutter"), None, DAY).status is PlanStatus.DEFERRED
    assert lifecycle.standing(_Plan(), _Version(None, review), DAY).status is PlanStatus.DRAFT
    assert lifecycle.standing(_Plan(), _Version(DAY, review), DAY).status is PlanStatus.AGREED
    assert lifecycle.standing(_Plan(), _Version(DAY, review), date(2027, 1, 20)).status is PlanStatus.REVIEW_DUE
    assert lifecycle.standing(_Plan(), _Version(DAY, review), date(2027, 2, 2)).status is PlanStatus.REVIEW_OVERDUE
    assert lifecycle.standing(_Plan(), _Version(DAY, review, review), DAY).status is PlanStatus.REVIEWED


def test_a_deferred_case_with_a_draft_stands_as_deferred() -> None:
    assert lifecycle.standing(_Plan("Krankenhaus"), _Version(None, date(2027, 2, 1)), DAY).status \
        is PlanStatus.DEFERRED


def test_an_open_error_finding_blocks_agreeing() -> None:
    assert lifecycle.refuse_agreeing(_plan(), None, open_errors=1) is Refusal.OPEN_ERRORS
    assert lifecycle.refuse_agreeing(_plan(), None, open_errors=0) is None
