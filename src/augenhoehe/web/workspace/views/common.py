"""Helpers shared by views: role guards and the case context."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from augenhoehe.domain.clock import today
from augenhoehe.domain.regimes import regime_on, rules_for
from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.workspace.models import Case, Plan
from augenhoehe.web.workspace.services import plans
from augenhoehe.web.workspace.services.status import status_of


class AuthedRequest(HttpRequest):
    """A request whose user is logged in (guaranteed by the role guards)."""

    user: User


def role_required(*roles: str) -> Callable:
    """Allow a view only for logged-in users with one of the roles."""

    def decorator(view: Callable) -> Callable:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.user.role not in roles:  # type: ignore[union-attr]
                raise DjangoPermissionDenied("Keine Berechtigung für diese Seite.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


caseworker_only = role_required(Role.CASEWORKER)
client_only = role_required(Role.CLIENT)
team_lead_only = role_required(Role.TEAM_LEAD)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send each role to its start page."""
    role = request.user.role  # type: ignore[union-attr]
    if role == Role.CASEWORKER:
        return redirect("caseload")
    if role == Role.CLIENT:
        return redirect("portal")
    if role == Role.TEAM_LEAD:
        return redirect("team")
    return redirect("admin:index")


def plan_of(case: Case) -> Plan | None:
    """The case's plan record, or None when none was started or deferred yet."""
    try:
        return case.plan
    except Plan.DoesNotExist:
        return None


def case_context(case: Case) -> dict[str, Any]:
    """Plan, versions, status and regime of a case for templates."""
    latest = plans.latest_version(case)
    plan = plan_of(case)
    day = today()
    regime = regime_on(latest.plan_date if latest else day)
    return {
        "case": case,
        "plan": plan,
        "latest": latest,
        "agreed": plans.agreed_version(case),
        "status": status_of(plan, latest, day),
        "regime_rules": rules_for(regime),
        "today_rules": rules_for(regime_on(day)),
        "today": day,
    }
