"""The one access check: what a user may do (capabilities), and which case they may open.

Views never compare roles; they ask `may(user, Capability.…)` (through `views.common.requires`)
or fetch a case through `case_for_staff` / `case_for_client`. Roles grant capabilities here only.
A case is named by its public id (a random UUID, ADR 0012), never by its database id.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any
from uuid import UUID

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import NotFound, PermissionDenied
from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.guards import grants
from augenhoehe.web.workspace.models import Case
from augenhoehe.web.workspace.services import audit


class Capability(StrEnum):
    """Something a user may do in the workspace."""

    WORK_ON_CASES = "work_on_cases"
    """Open, edit and hand over the plans of the own team's cases (Integrationsfachkraft)."""
    SEE_OWN_FIGURES = "see_own_figures"
    """See one's own key figures privately (Integrationsfachkraft)."""
    SEE_TEAM_FIGURES = "see_team_figures"
    """See the team's plan states and key figures, never per person (Teamleitung)."""
    USE_PORTAL = "use_portal"
    """Read, confirm and comment on one's own plan (leistungsberechtigte Person)."""
    ADMINISTER = "administer"
    """Django admin and the audit log (Administration)."""
    DO_RESEARCH = "do_research"
    """Research projects with imported or exported material only; never a live case (Forschung)."""
    REFLECT = "reflect"
    """Self-reflection, plan-writing training, Fallberatung and case library; private (Integrationsfachkraft)."""
    SHAPE_TEAM_STANDARDS = "shape_team_standards"
    """The team's own plan standards and the discussion guide; aggregates only (caseworker, team lead)."""


GRANTS: dict[str, frozenset[Capability]] = {
    Role.CASEWORKER: frozenset({Capability.WORK_ON_CASES, Capability.SEE_OWN_FIGURES, Capability.REFLECT,
                                Capability.SHAPE_TEAM_STANDARDS}),
    Role.TEAM_LEAD: frozenset({Capability.SEE_TEAM_FIGURES, Capability.SHAPE_TEAM_STANDARDS}),
    Role.CLIENT: frozenset({Capability.USE_PORTAL}),
    Role.ADMIN: frozenset({Capability.ADMINISTER}),
    Role.RESEARCHER: frozenset({Capability.DO_RESEARCH}),
}
"""The capabilities each role grants; the only place that looks at a user's role."""


def capabilities_of(user: Any) -> frozenset[Capability]:
    """What the (possibly anonymous) user may do."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    return GRANTS.get(user.role, frozenset())


def may(user: Any, capability: Capability) -> bool:
    """True when the user has the capability."""
    return capability in capabilities_of(user)


def may_edit_case(user: User, case: Case) -> bool:
    """True when the user may open and change this case (a caseworker of the case's team)."""
    return may(user, Capability.WORK_ON_CASES) and bool(user.team_id) and case.team_id == user.team_id


def cases_visible_to(user: User) -> QuerySet[Case]:
    """Cases a staff member may open: caseworkers their team's as AUGENHOEHE_CASE_ACCESS allows."""
    if may(user, Capability.WORK_ON_CASES) and user.team_id:
        cases = Case.objects.filter(team_id=user.team_id)
        narrower = grants.team_case_filter(user.pk)
        return cases if narrower is None else cases.filter(narrower).distinct()
    return Case.objects.none()


def public_id_of(value: object) -> UUID | None:
    """The UUID a URL or form field names, or None for anything else (a database id, a typo)."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        return None


def case_for_staff(user: User, public_id: UUID | str, read_as: str | None = "case.read") -> Case:
    """Return the case with this public id if the caseworker may open it, else NotFound (no hint that it exists).

    Every successful access is written to the audit log as `read_as`; endpoints that record
    their own change event, or that only re-check unsaved input, pass None.
    """
    key = public_id_of(public_id)
    case = None if key is None else cases_visible_to(user).select_related("client", "team", "caseworker").filter(
        public_id=key).first()
    if case is None:
        if key and grants.mode() == "reason" and Case.objects.filter(public_id=key, team_id=user.team_id or 0).exists():
            raise grants.AccessReasonRequired(key)  # a teammate's case: ask for the reason first
        raise NotFound(_("Fall nicht gefunden."))
    if read_as:
        audit.record(user, read_as, case, case)
    return case


def case_awaiting_reason(user: User, public_id: UUID | str) -> Case:
    """The teammate's case a caseworker records a reason for (AUGENHOEHE_CASE_ACCESS=reason), else NotFound."""
    key = public_id_of(public_id)
    case = None
    if key and grants.mode() == "reason" and may(user, Capability.WORK_ON_CASES) and user.team_id:
        case = Case.objects.filter(public_id=key, team_id=user.team_id).first()
    if case is None:
        raise NotFound(_("Fall nicht gefunden."))
    return case


def case_for_client(user: User) -> Case:
    """Return the client's own open case; a client never reaches another case."""
    if not may(user, Capability.USE_PORTAL):
        raise PermissionDenied(_("Nur für leistungsberechtigte Personen."))
    case = (
        Case.objects.select_related("client", "team")
        .filter(client__user=user, closed_on__isnull=True)
        .order_by("-opened_on")
        .first()
    )
    if case is None:
        raise NotFound(_("Kein Fall gefunden."))
    return case


def closed_case_of_client(user: User) -> Case | None:
    """The client's most recently closed case, when none is open (the portal then says so)."""
    if not may(user, Capability.USE_PORTAL):
        return None
    return (Case.objects.select_related("team__jobcenter", "caseworker")
            .filter(client__user=user, closed_on__isnull=False).order_by("-closed_on").first())
