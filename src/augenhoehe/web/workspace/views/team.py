"""The team lead's view: plan states, overdue reviews and deferrals at team level only."""

from __future__ import annotations

from django.db.models import OuterRef, Subquery
from django.http import HttpResponse
from django.shortcuts import render

from augenhoehe.web.security.categories import category_counts
from augenhoehe.web.workspace.models import Case, Plan, PlanVersion
from augenhoehe.web.workspace.services.clock import today
from augenhoehe.web.workspace.services.status import STATUS_LABELS, PlanStatus, status_of
from augenhoehe.web.workspace.views.common import AuthedRequest, team_lead_only


@team_lead_only
def team(request: AuthedRequest) -> HttpResponse:
    """Counts per plan status for the team; no figures per caseworker."""
    latest = PlanVersion.objects.filter(plan__case=OuterRef("pk")).order_by("-number")
    cases = list(Case.objects.filter(team_id=request.user.team_id or 0, closed_on__isnull=True)
                 .annotate(latest_id=Subquery(latest.values("pk")[:1])))
    versions = PlanVersion.objects.in_bulk([c.latest_id for c in cases if c.latest_id])
    plans = {p.case_id: p for p in Plan.objects.filter(case__in=cases)}
    day = today()
    counts = {s: 0 for s in PlanStatus}
    for case in cases:
        counts[status_of(plans.get(case.pk), versions.get(case.latest_id), day).status] += 1
    total = len(cases) or 1
    rows = [{"key": s.value, "label": STATUS_LABELS[s], "count": counts[s],
             "share": round(100 * counts[s] / total)} for s in PlanStatus]
    latest_of = {c.pk: c.latest_id for c in cases}
    deferrals = [p for p in plans.values() if p.deferred_reason and not latest_of.get(p.case_id)]
    return render(request, "team/overview.html", {
        "rows": rows, "total": len(cases), "team": request.user.team,
        "deferral_categories": category_counts(p.deferred_reason for p in deferrals),  # no case content
    })
