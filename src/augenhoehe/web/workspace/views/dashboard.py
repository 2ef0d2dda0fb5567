"""Team dashboards of the monitoring: teams only, small groups suppressed, own figures private."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.lifecycle import PlanStatus
from augenhoehe.web.workspace import selectors
from augenhoehe.web.workspace.figure_page import csv_bytes, report_context
from augenhoehe.web.workspace.services import audit, figures
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, requires
from augenhoehe.web.workspace.views.documents import render_pdf


def curve_bars(curve: list[tuple[int, int, float]]) -> list[dict[str, Any]]:
    """Bars of the creaming curve: minutes per case for each cooperation level, scaled to the largest."""
    top = max((m for _, _, m in curve), default=0) or 1
    return [{"level": level, "cases": n, "minutes": round(m), "width": round(100 * m / top)} for level, n, m in curve]


def overdue_reviews(team_id: int) -> int:
    """Overdue reviews of the team, counted exactly as the team page counts them."""
    rows, _total, _deferrals = selectors.team_overview(team_id, today())
    return next(r["count"] for r in rows if r["key"] == PlanStatus.REVIEW_OVERDUE)


def _team_page_context(request: AuthedRequest) -> dict[str, Any]:
    team = request.user.team
    report = figures.team_report(team) if team else None
    ctx: dict[str, Any] = {"team": team, "refreshed_at": figures.refreshed_at(), "report": report}
    if report is not None and not report.suppressed and team is not None:
        ctx.update(report_context(report, today(), overdue_reviews(team.pk)))
        ctx["curve"] = curve_bars(figures.team_creaming_curve(team))
    return ctx


@requires(Capability.SEE_TEAM_FIGURES)
def team_figures(request: AuthedRequest) -> HttpResponse:
    """Qualitative key figures and strategy indicators of the team lead's own team."""
    audit.record(request.user, "figures.read")
    return render(request, "team/figures.html", _team_page_context(request))


@requires(Capability.SEE_TEAM_FIGURES)
@require_POST
def refresh_figures(request: AuthedRequest) -> HttpResponse:
    """Recompute the figures from a read-only snapshot of the workspace."""
    figures.refresh_all()
    audit.record(request.user, "figures.refresh")
    messages.success(request, _("Die Kennzahlen sind neu berechnet."))
    return redirect("team_figures")


@requires(Capability.SEE_TEAM_FIGURES)
def figures_csv(request: AuthedRequest) -> HttpResponse:
    """The team's monthly figures as CSV (suppressed values stay empty)."""
    report = figures.team_report(request.user.team) if request.user.team else None
    if report is None or report.suppressed:
        return HttpResponse(_("Keine Kennzahlen verfügbar."), status=404, content_type="text/plain; charset=utf-8")
    audit.record(request.user, "figures.export", format="csv")
    response = HttpResponse(csv_bytes(report), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="kennzahlen-{report.unit}.csv"'
    return response


@requires(Capability.SEE_TEAM_FIGURES)
def figures_pdf(request: AuthedRequest) -> HttpResponse:
    """The team report as PDF."""
    ctx = _team_page_context(request)
    if ctx["report"] is None or ctx["report"].suppressed:
        return HttpResponse(_("Keine Kennzahlen verfügbar."), status=404, content_type="text/plain; charset=utf-8")
    audit.record(request.user, "figures.export", format="pdf")
    response = HttpResponse(render_pdf(render_to_string("team/figures_pdf.html", ctx)),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="teambericht-{ctx["report"].unit}.pdf"'
    return response


@requires(Capability.SEE_OWN_FIGURES)
def own_figures(request: AuthedRequest) -> HttpResponse:
    """A caseworker's own figures, visible to nobody else, for reflection."""
    report = figures.private_report(request.user)
    ctx: dict[str, Any] = {"report": report, "refreshed_at": figures.refreshed_at()}
    if report is not None:
        ctx.update(report_context(report, today()))
        ctx["curve"] = curve_bars(figures.own_creaming_curve(request.user))
    return render(request, "workspace/own_figures.html", ctx)
