"""Plan status of a case as caseworkers and team leads see it: the domain's standing, worded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from augenhoehe.domain.lifecycle import HasDeferral, HasPlanDates, PlanStatus, standing

__all__ = ["STATUS_LABELS", "PlanStatus", "StatusInfo", "status_of"]

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
        """German (or translated) label."""
        return str(STATUS_LABELS[self.status])


def status_of(plan: HasDeferral | None, latest: HasPlanDates | None, today: date) -> StatusInfo:
    """The status from the plan and its newest version (rules in domain.lifecycle.standing)."""
    found = standing(plan, latest, today)
    return StatusInfo(found.status, found.next_review)
