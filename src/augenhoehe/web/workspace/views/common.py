"""Helpers shared by views: capability guards, the service-call helper and the case context."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.regimes import regime_on, rules_for
from augenhoehe.domain.render import content_slot_rows
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Plan
from augenhoehe.web.workspace.services import access, plans, stored
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.services.status import status_of


class AuthedRequest(HttpRequest):
    """A request whose user is logged in (guaranteed by the capability guards)."""

    user: User


def requires(capability: Capability) -> Callable:
    """Allow a view only for logged-in users who have the capability (see services.access)."""

    def decorator(view: Callable) -> Callable:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not access.may(request.user, capability):
                raise DjangoPermissionDenied(_("Keine Berechtigung für diese Seite."))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


START_PAGES: tuple[tuple[Capability, str], ...] = (
    (Capability.WORK_ON_CASES, "caseload"),
    (Capability.USE_PORTAL, "portal"),
    (Capability.SEE_TEAM_FIGURES, "team"),
    (Capability.DO_RESEARCH, "research:projects"),
)
"""Where a user starts, by the first capability they have; everyone else goes to the admin."""


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send each user to the start page of what they may do."""
    for capability, page in START_PAGES:
        if access.may(request.user, capability):
            return redirect(page)
    return redirect("admin:index")


@dataclass
class Outcome:
    """What `flash_errors` saw: ok stays True unless a ValidationError was shown."""

    ok: bool = True


@contextmanager
def flash_errors(request: HttpRequest) -> Iterator[Outcome]:
    """Show a service's ValidationError (German, translated) as an error message instead of raising.

    The rest of the block is skipped; every other project error goes on to the error edge
    (augenhoehe.web.errors.ErrorEdgeMiddleware).
    """
    outcome = Outcome()
    try:
        yield outcome
    except ValidationError as exc:
        outcome.ok = False
        messages.error(request, str(exc))


def to_case(case: Case, section: str = "") -> HttpResponse:
    """Redirect to the case page (named by its public id), optionally to one of its sections."""
    url = reverse("case_detail", kwargs={"case_public_id": case.public_id})
    return redirect(f"{url}#{section}" if section else url)


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
        "slot_rows": content_slot_rows(stored.to_domain(latest)) if latest else [],
    }
