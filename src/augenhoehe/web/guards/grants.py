"""Least privilege inside a team (AUGENHOEHE_CASE_ACCESS): which teammates' cases a caseworker may open.

- `team`: every case of the own team (the behaviour before issue 10);
- `reason` (default): own cases; a teammate's case after recording a reason such as Vertretung,
  valid for the working day and written to the audit log;
- `own`: own cases only.
"""

from __future__ import annotations

from uuid import UUID

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

MODES = ("team", "reason", "own")


class AccessReasonRequired(Exception):
    """The case belongs to the caseworker's team but to a colleague, and no reason is recorded."""

    def __init__(self, public_id: UUID) -> None:
        super().__init__(f"Grund für den Zugriff auf Fall {public_id} fehlt.")
        self.public_id = public_id


def mode() -> str:
    """The configured rule (settings.CASE_ACCESS)."""
    return getattr(settings, "CASE_ACCESS", "reason")


def team_case_filter(user_id: int) -> Q | None:
    """Extra condition on the team's cases for the user, or None when the whole team is open."""
    if mode() == "team":
        return None
    if mode() == "own":
        return Q(caseworker_id=user_id)
    return Q(caseworker_id=user_id) | Q(access_grants__user_id=user_id, access_grants__expires_at__gt=timezone.now())
