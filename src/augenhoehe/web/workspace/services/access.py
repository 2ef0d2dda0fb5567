"""Object-level permissions: who may see and change which case."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from augenhoehe.domain.errors import PermissionDenied
from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.security import grants
from augenhoehe.web.workspace.models import Case
from augenhoehe.web.workspace.services import audit


def cases_visible_to(user: User) -> QuerySet[Case]:
    """Cases a staff member may open: caseworkers their team's as AUGENHOEHE_CASE_ACCESS allows."""
    if user.is_authenticated and user.role == Role.CASEWORKER and user.team_id:
        cases = Case.objects.filter(team_id=user.team_id)
        narrower = grants.team_case_filter(user.pk)
        return cases if narrower is None else cases.filter(narrower).distinct()
    return Case.objects.none()


def case_for_staff(user: User, case_id: int, read_as: str | None = "case.read") -> Case:
    """Return the case if the caseworker may open it, else 404 (no hint that it exists).

    Every successful access is written to the audit log as `read_as`; endpoints that record
    their own change event, or that only re-check unsaved input, pass None.
    """
    case = cases_visible_to(user).select_related("client", "team", "caseworker").filter(
        pk=case_id).first()
    if case is None:
        if grants.mode() == "reason" and Case.objects.filter(pk=case_id, team_id=user.team_id or 0).exists():
            raise grants.AccessReasonRequired(case_id)  # a teammate's case: ask for the reason first
        raise Http404("Fall nicht gefunden.")
    if read_as:
        audit.record(user, read_as, case, case)
    return case


def case_for_client(user: User) -> Case:
    """Return the client's own open case; a client never reaches another case."""
    if not (user.is_authenticated and user.role == Role.CLIENT):
        raise PermissionDenied("Nur für leistungsberechtigte Personen.")
    case = (
        Case.objects.select_related("client", "team")
        .filter(client__user=user, closed_on__isnull=True)
        .order_by("-opened_on")
        .first()
    )
    if case is None:
        raise Http404("Kein Fall gefunden.")
    return case
