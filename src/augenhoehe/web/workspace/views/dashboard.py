"""Team dashboards of the monitoring: teams only, small groups suppressed, own figures private."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.domain.regimes import rules_for
from augenhoehe.monitoring.figures import TeamReport
from augenhoehe.web.workspace.charts import Point, trend_svg
from augenhoehe.web.workspace.services import audit, figures
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, requires
from augenhoehe.web.workspace.views.documents import render_pdf

SHARES = (
    ("share_operationalised", gettext_lazy("Pläne mit operationalisierten Schritten")),
    ("share_jc_as_concrete", gettext_lazy("Zusagen des Jobcenters so konkret wie die Schritte der Person")),
    ("share_review_on_time", gettext_lazy("Überprüfung und Fortschreibung innerhalb von sechs Monaten")),
    ("share_changed_at_review", gettext_lazy("Pläne, die sich bei der Überprüfung inhaltlich geändert haben")),
)
CONTEXT = (
    ("share_concluded", gettext_lazy("Abschlussquote"), "%"),
    ("share_deferred_documented", gettext_lazy("davon bewusst aufgeschoben (mit Begründung)"), "%"),
    ("days_pa_to_plan", gettext_lazy("Tage von der Potenzialanalyse bis zum Plan (Median)"), ""),
    ("summons_verpflichtungen_per_100_plans", gettext_lazy("Aufforderungen und Verpflichtungen je 100 Pläne"), ""),
    ("schlichtungen", gettext_lazy("Schlichtungen"), ""),
    ("contact_breaks", gettext_lazy("Kontaktabbrüche"), ""),
)


def _pct(value: Any) -> float | None:
    return None if value is None else round(100 * float(value))


def curve_bars(curve: list[tuple[int, int, float]]) -> list[dict[str, Any]]:
    """Bars of the creaming curve: minutes per case for each cooperation level, scaled to the largest."""
    top = max((m for _, _, m in curve), default=0) or 1
    return [{"level": level, "cases": n, "minutes": round(m), "width": round(100 * m / top)} for level, n, m in curve]


def report_context(report: TeamReport) -> dict[str, Any]:
    """Turn a TeamReport into what the page (and the PDF) shows, with reading aids."""
    months = [m.values for m in report.months if not m.suppressed]
    latest = months[-1] if months else {}
    trend = [Point(m["month"], m.get("gesamt"), m.get("gesamt_p25"), m.get("gesamt_p75")) for m in months]
    strategies = report.strategies.values if report.strategies and not report.strategies.suppressed else {}
    return {
        "report": report,
        "latest": latest,
        "indicator_bars": [{"label": INDICATOR_LABELS[k], "score": round(latest[k])}
                           for k in INDICATORS if latest.get(k) is not None],
        "trend_svg": trend_svg(trend, _("Gesamtwert der Pläne je Monat mit mittlerer Hälfte (25–75 %)")),
        "shares": [{"label": label, "value": _pct(latest.get(key)),
                    "svg": trend_svg([Point(m["month"], _pct(m.get(key))) for m in months], str(label), unit=" %")}
                   for key, label in SHARES],
        "context_rows": [{"month": m["month"], "cells": [
            _pct(m.get(k)) if unit == "%" else m.get(k) for k, _, unit in CONTEXT]} for m in months[-6:]],
        "context_heads": [label for _, label, _ in CONTEXT],
        "strategies": [{"key": key, "explanation": exp, "values": strategies} for key, exp in
                       report.explanations.items()],
        "egv_trend": [{**r.values, "regime_name": rules_for(r.values["regime"]).name}
                      for r in report.egv_trend if not r.suppressed],
        "dismissed": [r.values for r in report.dismissed if not r.suppressed][:12],
    }


def _team_page_context(request: AuthedRequest) -> dict[str, Any]:
    team = request.user.team
    report = figures.team_report(team) if team else None
    ctx: dict[str, Any] = {"team": team, "refreshed_at": figures.refreshed_at(), "report": report}
    if report is not None and not report.suppressed and team is not None:
        ctx.update(report_context(report))
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
    rows = [m.values for m in report.months]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["month"], delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    audit.record(request.user, "figures.export", format="csv")
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
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
        ctx.update(report_context(report))
        ctx["curve"] = curve_bars(figures.own_creaming_curve(request.user))
    return render(request, "workspace/own_figures.html", ctx)
