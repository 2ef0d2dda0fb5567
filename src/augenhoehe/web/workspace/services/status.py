"""Plan status of a case as caseworkers and team leads see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from django.utils.translation import gettext_lazy as _

REVIEW_DUE_WINDOW = timedelta(days=14)
"""A review counts as due two weeks before its date."""


class PlanStatus(StrEnum):
    """Where a case's plan stands."""

    NONE = "none"
    DEFERRED = "deferred"
    DRAFT = "draft"
    AGREED = "agreed"
    REVIEWED = "reviewed"
    REVIEW_DUE = "review_due"
    REVIEW_OVERDUE = "review_overdue"


STATUS_LABELS = {
    PlanStatus.NONE: _("noch kein Plan"),
    PlanStatus.DEFERRED: _("bewusst aufgeschoben"),
    PlanStatus.DRAFT: _("Entwurf"),
    PlanStatus.AGREED: _("vereinbart"),
    PlanStatus.REVIEWED: _("überprüft – Fortschreibung offen"),
    PlanStatus.REVIEW_DUE: _("Überprüfung fällig"),
    PlanStatus.REVIEW_OVERDUE: _("Überprüfung überfällig"),
}


@dataclass(frozen=True)
class StatusInfo:
    """Status with its label and the next review date."""

    status: PlanStatus
    next_review: date | None

    @property
    def label(self) -> str:
        """German label."""
        return str(STATUS_LABELS[self.status])


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


def status_of(plan: HasDeferral | None, latest: HasPlanDates | None, today: date) -> StatusInfo:
    """Derive the status from the plan and its newest version."""
    if latest is None:
        if plan is not None and plan.deferred_reason:
            return StatusInfo(PlanStatus.DEFERRED, None)
        return StatusInfo(PlanStatus.NONE, None)
    if latest.concluded_on is None:
        return StatusInfo(PlanStatus.DRAFT, latest.review_date)
    if latest.reviewed_on is not None:
        return StatusInfo(PlanStatus.REVIEWED, None)
    review = latest.review_date
    if review:
        if today > review:
            return StatusInfo(PlanStatus.REVIEW_OVERDUE, review)
        if today >= review - REVIEW_DUE_WINDOW:
            return StatusInfo(PlanStatus.REVIEW_DUE, review)
    return StatusInfo(PlanStatus.AGREED, review)
