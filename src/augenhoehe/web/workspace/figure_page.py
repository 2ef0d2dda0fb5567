"""What the team dashboard, its PDF and its CSV show: one label per figure, one source per figure.

The figures are defined once, in SQL (`monitoring/queries.py: plan_figures_sql`); this module
names them (German, through gettext) and arranges them. Trends come from the rolling rows
(`TeamReport.rolling`, a window wide enough to reach five caseworkers), and so does the context
table of the last six calendar months; the overdue count is the team page's
(`selectors.team_overview`).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.domain.regimes import rules_for
from augenhoehe.monitoring.figures import Row, TeamReport
from augenhoehe.web.workspace import checker_texts
from augenhoehe.web.workspace.charts import Point, trend_svg

SHARES = (
    ("share_operationalised", gettext_lazy("Pläne mit operationalisierten Schritten")),
    ("share_jc_as_concrete", gettext_lazy("Zusagen des Jobcenters so konkret wie die Schritte der Person")),
    ("share_review_on_time", gettext_lazy("Überprüfung und Fortschreibung innerhalb von sechs Monaten")),
    ("share_changed_at_review", gettext_lazy("Pläne, die sich bei der Überprüfung inhaltlich geändert haben")),
)
CONTEXT = (
    ("plans", gettext_lazy("Pläne"), ""),
    ("share_concluded", gettext_lazy("Abschlussquote"), "%"),
    ("share_deferred_documented", gettext_lazy("davon bewusst aufgeschoben (mit Begründung)"), "%"),
    ("days_pa_to_plan", gettext_lazy("Tage von der Potenzialanalyse bis zum Plan (Median)"), ""),
    ("summons_verpflichtungen_per_100_plans", gettext_lazy("Aufforderungen und Verpflichtungen je 100 Pläne"), ""),
    ("schlichtungen", gettext_lazy("Schlichtungen"), ""),
    ("contact_breaks", gettext_lazy("Kontaktabbrüche"), ""),
)
TREND_MONTHS = 12


def _pct(value: Any) -> float | None:
    return None if value is None else round(100 * float(value))


def month_start(day: date, back: int = 0) -> date:
    """The first day of the month BACK months before DAY's month."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def last_months(today: date, n: int = 6) -> list[date]:
    """The last N calendar months up to and including today's month, oldest first."""
    return [month_start(today, back) for back in range(n - 1, -1, -1)]


def latest_known(months: list[date], rows: list[dict[str, Any]], key: str) -> tuple[float | None, date | None]:
    """A share's value in the newest month that has one, with that month.

    The newest month often has none yet (this month's plans are not due for review), and "keine Daten"
    beside a chart full of points reads as a contradiction.
    """
    for month, row in zip(reversed(months), reversed(rows), strict=True):
        value = _pct(row.get(key))
        if value is not None:
            return value, month
    return None, None


def _share(key: str, label: Any, shown: list[date], rows: list[dict[str, Any]]) -> dict[str, Any]:
    value, month = latest_known(shown, rows, key)
    return {"key": key, "label": label, "value": value,
            "as_of": month if month is not None and shown and month != shown[-1] else None,
            "svg": trend_svg([Point(m, _pct(r.get(key))) for m, r in zip(shown, rows, strict=True)],
                             str(label), unit=" %")}


def _values(row: Row | None) -> dict[str, Any]:
    return {} if row is None or row.suppressed else row.values


def report_context(report: TeamReport, today: date, overdue: int | None = None) -> dict[str, Any]:
    """Turn a TeamReport into what the page and the PDF show, with reading aids."""
    spine = {r.values["month"]: r for r in report.rolling}
    months = [month_start(today, back) for back in range(TREND_MONTHS - 1, -1, -1)]
    shown = [m for m in months if m >= min(spine, default=today)]
    rows = [_values(spine.get(m)) for m in shown]
    latest = rows[-1] if rows else {}
    six = last_months(today)
    return {
        "report": report,
        "latest": latest,
        "latest_month": shown[-1] if shown else None,
        "window_months": report.window_months,
        "overdue": overdue,
        "indicator_bars": [{"label": _(INDICATOR_LABELS[k]), "score": round(latest[k])}
                           for k in INDICATORS if latest.get(k) is not None],
        "trend_svg": trend_svg([Point(m, r.get("gesamt"), r.get("gesamt_p25"), r.get("gesamt_p75"))
                                for m, r in zip(shown, rows, strict=True)],
                               _("Gesamtwert der Pläne je Monat mit mittlerer Hälfte (25–75 %)")),
        "shares": [_share(key, label, shown, rows) for key, label in SHARES],
        "context_first": six[0], "context_last": six[-1],
        "context_rows": [{"month": m, "cells": [
            _pct(_values(spine.get(m)).get(k)) if unit == "%" else _values(spine.get(m)).get(k)
            for k, _label, unit in CONTEXT]} for m in six],
        "context_heads": [label for _key, label, _unit in CONTEXT],
        "strategies": [{"key": key, "explanation": exp.texts(_),
                        "values": _values(report.strategies)} for key, exp in report.explanations.items()],
        "egv_trend": [{**r.values, "regime_name": _(rules_for(r.values["regime"]).name)}
                      for r in report.egv_trend if not r.suppressed],
        "dismissed": [{**r.values, "rule": checker_texts.rule_label(r.values["code"]),
                       "indicator_label": _(INDICATOR_LABELS.get(r.values.get("indicator") or "", "–"))}
                      for r in report.dismissed if not r.suppressed][:12],
    }


def _german_number(value: Any, digits: int = 1) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return number_format(round(float(value), digits), decimal_pos=digits, use_l10n=False).replace(".", ",")


def csv_bytes(report: TeamReport) -> bytes:
    """The team's rolling figures for German Excel: semicolons, decimal commas, UTF-8 with BOM.

    No column counts caseworkers, and suppressed months stay empty, so no row can point to a
    single person.
    """
    heads = [_("Monat"), _("Fenster in Monaten"), _("Pläne"), _("Gesamtwert (0–100)"),
             *(f"{_(INDICATOR_LABELS[k])} (0–100)" for k in INDICATORS), *(f"{label} (%)" for _k, label in SHARES),
             *(f"{label} (%)" if unit == "%" else str(label) for key, label, unit in CONTEXT if key != "plans")]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(heads)
    for row in report.rolling:
        v = _values(row)
        writer.writerow([f"{row.values['month']:%m/%Y}", row.values.get("window_months") or "",
                         v.get("plans", ""), _german_number(v.get("gesamt")),
                         *(_german_number(v.get(k)) for k in INDICATORS),
                         *(_german_number(None if v.get(k) is None else 100 * v[k]) for k, _l in SHARES),
                         *(_german_number(None if v.get(k) is None else (100 * v[k] if unit == "%" else v[k]))
                           for k, _l, unit in CONTEXT if k != "plans")])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")
