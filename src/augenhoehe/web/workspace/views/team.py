"""The team lead's view: plan states, overdue reviews and deferrals at team level only."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from augenhoehe.domain.clock import today
from augenhoehe.web.guards.categories import category_counts
from augenhoehe.web.workspace import selectors
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, requires


@requires(Capability.SEE_TEAM_FIGURES)
def team(request: AuthedRequest) -> HttpResponse:
    """Counts per plan status for the team; no figures per caseworker."""
    team_id = request.user.team_id or 0
    rows, total, deferrals = selectors.team_overview(team_id, today())
    return render(request, "team/overview.html", {
        "rows": rows, "total": total, "team": request.user.team,
        "deferral_categories": category_counts(p.deferred_reason for p in deferrals),  # no case content
    })


@requires(Capability.SEE_TEAM_FIGURES)
def overdue(request: AuthedRequest) -> HttpResponse:
    """The team's overdue reviews by Aktenzeichen and caseworker, without any plan content."""
    rows = selectors.overdue_reviews(request.user.team_id or 0, today())
    return render(request, "team/overdue.html", {"rows": rows, "team": request.user.team})
