"""The rules of a plan's life: draft → agreed → confirmed → reviewed → continued; deferral; six months.

Pure functions over a `CooperationPlan` and the dates of its version. They answer "may this
happen?" with a `Refusal` (or None) and "what comes next?" with a new plan; the web's services
store the result and turn a refusal into a translated message, the simulation uses the same
rules. Nothing here knows a database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from augenhoehe.domain.dates import latest_review_date
from augenhoehe.domain.plan import CooperationPlan, StepStatus

CARRIED_OVER: frozenset[StepStatus] = frozenset({StepStatus.OPEN, StepStatus.PARTLY, StepStatus.NOT_DONE})
"""Steps in these states move into the next version at a Fortschreibung."""

REVIEW_DUE_WINDOW = timedelta(days=14)
"""A review counts as due two weeks before its date."""


class Refusal(StrEnum):
    """Why a step of the lifecycle cannot happen (the web words each one for the user)."""

    NO_GOAL = "no_goal"
    REVIEW_BEFORE_PLAN = "review_before_plan"
    PLAN_EXISTS = "plan_exists"
    AGREED_IS_FINAL = "agreed_is_final"
    ALREADY_AGREED = "already_agreed"
    INCOMPLETE = "incomplete"
    NOT_AGREED_YET = "not_agreed_yet"
    CONFIRM_AFTER_REVIEW = "confirm_after_review"
    NO_DEFERRAL_REASON = "no_deferral_reason"
    REVIEW_NEEDS_AGREEMENT = "review_needs_agreement"
    ALREADY_REVIEWED = "already_reviewed"
    NEWER_VERSION_EXISTS = "newer_version_exists"
    NO_REVIEW_DATE = "no_review_date"
    REVIEW_TOO_LATE = "review_too_late"
    OPEN_ERRORS = "open_errors"


def default_review_date(plan_date: date) -> date:
    """The review date a new version starts with: the latest the law allows (§ 15 Abs. 3)."""
    return latest_review_date(plan_date)


def refuse_saving(plan: CooperationPlan, concluded_on: date | None) -> Refusal | None:
    """A draft may be saved with a goal and a review not before the plan; an agreed one never."""
    if concluded_on is not None:
        return Refusal.AGREED_IS_FINAL
    if not plan.goal.strip():
        return Refusal.NO_GOAL
    if plan.review_date and plan.plan_date and plan.review_date < plan.plan_date:
        return Refusal.REVIEW_BEFORE_PLAN
    return None


def refuse_agreeing(plan: CooperationPlan, concluded_on: date | None, open_errors: int = 0) -> Refusal | None:
    """A draft may be agreed once it has a goal, at least one step and no open error-level finding.

    `open_errors` counts the checker's errors (e.g. sanction language) that were neither removed
    nor dismissed with a reason.
    """
    if concluded_on is not None:
        return Refusal.ALREADY_AGREED
    if not plan.goal.strip() or not plan.steps:
        return Refusal.INCOMPLETE
    if open_errors:
        return Refusal.OPEN_ERRORS
    return None


def refuse_confirming(concluded_on: date | None, reviewed_on: date | None) -> Refusal | None:
    """The client confirms an agreed version that was not reviewed yet."""
    if concluded_on is None:
        return Refusal.NOT_AGREED_YET
    if reviewed_on is not None:
        return Refusal.CONFIRM_AFTER_REVIEW
    return None


def refuse_reviewing(concluded_on: date | None, reviewed_on: date | None) -> Refusal | None:
    """An agreed version is reviewed once."""
    if concluded_on is None:
        return Refusal.REVIEW_NEEDS_AGREEMENT
    if reviewed_on is not None:
        return Refusal.ALREADY_REVIEWED
    return None


def refuse_deferring(reason: str) -> Refusal | None:
    """Deferring a plan is a decision with a reason, not a failure."""
    return None if reason.strip() else Refusal.NO_DEFERRAL_REASON


def refuse_continuing(has_newer: bool) -> Refusal | None:
    """A Fortschreibung starts from the newest version."""
    return Refusal.NEWER_VERSION_EXISTS if has_newer else None


def review_problem(plan_date: date, review_date: date | None) -> Refusal | None:
    """The six-month rule as a warning: a review date is missing or later than six months."""
    if review_date is None:
        return Refusal.NO_REVIEW_DATE
    if review_date > latest_review_date(plan_date):
        return Refusal.REVIEW_TOO_LATE
    return None


def continued(plan: CooperationPlan, plan_date: date) -> CooperationPlan:
    """The next version at a Fortschreibung: same goals, unfinished steps open again with their deadlines."""
    steps = [replace(s, status=StepStatus.OPEN) for s in plan.steps if s.status in CARRIED_OVER]
    return replace(plan, plan_date=plan_date, review_date=default_review_date(plan_date), steps=steps,
                   content_slots=dict(plan.content_slots))


class PlanStatus(StrEnum):
    """Where a case's plan stands."""

    NONE = "none"
    DEFERRED = "deferred"
    DRAFT = "draft"
    AGREED = "agreed"
    REVIEWED = "reviewed"
    REVIEW_DUE = "review_due"
    REVIEW_OVERDUE = "review_overdue"


class HasDeferral(Protocol):
    """Anything with a plan's deferral reason (the model or a summary)."""

    @property
    def deferred_reason(self) -> str: ...


class HasPlanDates(Protocol):
    """Anything with a version's conclusion and review dates (the model or a summary)."""

    @property
    def concluded_on(self) -> date | None: ...

    @property
    def review_date(self) -> date | None: ...

    @property
    def reviewed_on(self) -> date | None: ...


@dataclass(frozen=True)
class Standing:
    """The status of a case's plan and its next review date."""

    status: PlanStatus
    next_review: date | None


def standing(plan: HasDeferral | None, latest: HasPlanDates | None, today: date) -> Standing:
    """Derive the status from the plan's deferral and its newest version."""
    if latest is None:
        if plan is not None and plan.deferred_reason:
            return Standing(PlanStatus.DEFERRED, None)
        return Standing(PlanStatus.NONE, None)
    if latest.concluded_on is None:
        if plan is not None and plan.deferred_reason:
            return Standing(PlanStatus.DEFERRED, None)
        return Standing(PlanStatus.DRAFT, latest.review_date)
    if latest.reviewed_on is not None:
        return Standing(PlanStatus.REVIEWED, None)
    review = latest.review_date
    if review:
        if today > review:
            return Standing(PlanStatus.REVIEW_OVERDUE, review)
        if today >= review - REVIEW_DUE_WINDOW:
            return Standing(PlanStatus.REVIEW_DUE, review)
    return Standing(PlanStatus.AGREED, review)
