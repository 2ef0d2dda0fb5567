"""DuckDB queries for the key figures; every query groups by a unit column (team or pseudonym)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from augenhoehe.domain import clock
from augenhoehe.monitoring.tables import SCORE_KEYS

MIN_GROUP = 5
SUMMONS_WINDOW_DAYS = 90
REVIEW_DAYS = 183
"""§ 15 Abs. 3 SGB II: review and continue a plan at the latest after six months."""
WINDOWS = (1, 2, 3, 6, 12)
"""Rolling windows tried, in months: the smallest that reaches MIN_GROUP caseworkers is used."""


def qual(alias: str, unit: str) -> str:
    """Qualify a unit column with a table alias; literal units ('Jobcenter') stay as they are."""
    return unit if unit.startswith("'") else f"{alias}.{unit}"


def connect(snapshot: str | Path) -> duckdb.DuckDBPyConnection:
    """A connection with views plan_versions, events, cases, findings over the snapshot."""
    con = duckdb.connect()
    for name in ("plan_versions", "events", "cases", "findings"):
        path = Path(snapshot) / f"{name}.parquet"
        con.sql(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
    con.sql(f"""CREATE VIEW pv AS SELECT *,
        date_trunc('month', plan_date)::DATE AS month,
        lead(plan_date) OVER w AS next_date,
        lag(content_hash) OVER w AS prev_hash,
        least(coalesce(review_date, plan_date + {REVIEW_DAYS}), plan_date + {REVIEW_DAYS}) AS review_deadline
        FROM plan_versions WINDOW w AS (PARTITION BY case_id ORDER BY version)""")
    return con


def _score_cols() -> str:
    return ", ".join(f"round(avg(s_{k}), 1) AS {k}" for k in SCORE_KEYS)


def plan_figures_sql(as_of: date) -> str:
    """The one definition of every plan figure: aggregates over rows of `pv` (see docs/monitoring.md).

    Review on time: an agreed version whose next version came by its review deadline (the agreed
    review date, at the latest six months after the plan) counts 1; one whose deadline passed
    before AS_OF without a next version counts 0 (overdue); one not yet due is left out.
    """
    return f"""count(pv_id) AS plans, count(DISTINCT cw) AS caseworkers,
        {_score_cols()},
        quantile_cont(s_gesamt, 0.25) AS gesamt_p25, quantile_cont(s_gesamt, 0.75) AS gesamt_p75,
        avg(operationalised::INT) AS share_operationalised,
        avg(jc_as_concrete::INT) AS share_jc_as_concrete,
        avg(CASE WHEN concluded_on IS NULL THEN NULL
                 WHEN next_date IS NOT NULL AND next_date <= review_deadline THEN 1
                 WHEN review_deadline < DATE '{as_of.isoformat()}' THEN 0 END) AS share_review_on_time,
        avg(CASE WHEN version > 1 THEN (content_hash <> prev_hash)::INT END) AS share_changed_at_review,
        avg((concluded_on IS NOT NULL)::INT) AS share_concluded,
        avg(deferred::INT) AS share_deferred_documented,
        avg(sanction_language::INT) AS share_sanction_language,
        avg(directive_share) AS mean_directive_share"""


def rolling_sql(unit: str, as_of: date, window: int) -> str:
    """Plan figures and context counts per UNIT and calendar month over the WINDOW months ending with it.

    Every month from the unit's first plan to AS_OF's month is a row, also months without plans
    (their values are NULL, so a chart draws a gap there, never a line through them).
    """
    inside = f"> s.month - INTERVAL {window} MONTH AND {{col}} <= s.month"
    return f"""
    WITH spine AS (
      SELECT unit, unnest(generate_series(first::TIMESTAMP,
        date_trunc('month', DATE '{as_of.isoformat()}')::TIMESTAMP, INTERVAL 1 MONTH))::DATE AS month
      FROM (SELECT {unit} AS unit, min(month) AS first FROM pv GROUP BY ALL)),
    p AS (
      SELECT s.unit, s.month, {window} AS window_months, {plan_figures_sql(as_of)}
      FROM spine s LEFT JOIN pv ON {qual('pv', unit)} = s.unit AND pv.month {inside.format(col='pv.month')}
      GROUP BY ALL),
    e AS (
      SELECT s.unit, s.month,
        count(ev.kind) FILTER (ev.kind = 'summons') AS summons,
        count(ev.kind) FILTER (ev.kind = 'verpflichtung') AS verpflichtungen,
        count(ev.kind) FILTER (ev.kind = 'schlichtung') AS schlichtungen,
        count(ev.kind) FILTER (ev.kind = 'contact_break') AS contact_breaks
      FROM spine s LEFT JOIN events ev ON {qual('ev', unit)} = s.unit
        AND date_trunc('month', ev.date) {inside.format(col="date_trunc('month', ev.date)")}
      GROUP BY ALL),
    f AS (
      SELECT s.unit, s.month, median(c.first_plan - c.pa_date) AS days_pa_to_plan
      FROM spine s JOIN (SELECT c.*, fp.first_plan FROM cases c JOIN
          (SELECT case_id, min(plan_date) AS first_plan FROM plan_versions GROUP BY case_id) fp
          USING (case_id)) c
        ON {qual('c', unit)} = s.unit
        AND date_trunc('month', c.first_plan) {inside.format(col="date_trunc('month', c.first_plan)")}
      GROUP BY ALL)
    SELECT p.*, f.days_pa_to_plan, e.summons, e.verpflichtungen,
      CASE WHEN p.plans > 0 THEN 100.0 * (e.summons + e.verpflichtungen) / p.plans END
        AS summons_verpflichtungen_per_100_plans,
      e.schlichtungen, e.contact_breaks
    FROM p LEFT JOIN e USING (unit, month) LEFT JOIN f USING (unit, month)
    ORDER BY unit, month"""


def monthly_sql(unit: str, as_of: date | None = None) -> str:
    """Key figures per UNIT and month of the plan date (unit = team_id or cw)."""
    as_of = as_of or clock.today()
    return f"""
    WITH p AS (
      SELECT {unit} AS unit, month, {plan_figures_sql(as_of)}
      FROM pv GROUP BY ALL),
    e AS (
      SELECT {unit} AS unit, date_trunc('month', date)::DATE AS month,
        count(*) FILTER (kind = 'summons') AS summons,
        count(*) FILTER (kind = 'verpflichtung') AS verpflichtungen,
        count(*) FILTER (kind = 'schlichtung') AS schlichtungen,
        count(*) FILTER (kind = 'contact_break') AS contact_breaks
      FROM events GROUP BY ALL),
    f AS (
      SELECT {qual('c', unit)} AS unit, date_trunc('month', first_plan)::DATE AS month,
        median(first_plan - c.pa_date) AS days_pa_to_plan
      FROM cases c JOIN (SELECT case_id, min(plan_date) AS first_plan FROM plan_versions
                         GROUP BY case_id) USING (case_id) GROUP BY ALL)
    SELECT p.*, f.days_pa_to_plan,
      coalesce(e.summons, 0) AS summons, coalesce(e.verpflichtungen, 0) AS verpflichtungen,
      100.0 * (coalesce(e.summons, 0) + coalesce(e.verpflichtungen, 0)) / p.plans
        AS summons_verpflichtungen_per_100_plans,
      coalesce(e.schlichtungen, 0) AS schlichtungen, coalesce(e.contact_breaks, 0) AS contact_breaks
    FROM p LEFT JOIN e USING (unit, month) LEFT JOIN f USING (unit, month)
    ORDER BY unit, month"""


def dismissed_sql(unit: str) -> str:
    """Findings and dismissals by rule code per UNIT (current findings table of the snapshot)."""
    return f"""SELECT {unit} AS unit, code, indicator, count(*) AS findings,
      count(*) FILTER (dismissed) AS dismissed FROM findings f
      {'JOIN (SELECT pv_id, cw FROM plan_versions) USING (pv_id)' if unit == 'cw' else ''}
      GROUP BY ALL ORDER BY unit, dismissed DESC, code"""


def group_sizes_sql() -> str:
    """Distinct caseworkers per team over the whole snapshot."""
    return "SELECT team_id AS unit, count(DISTINCT cw) AS caseworkers FROM cases GROUP BY ALL"


def chosen_window_sql(unit: str, as_of: date) -> str:
    """Rolling figures per UNIT over the smallest window in WINDOWS that reaches MIN_GROUP caseworkers.

    A window is wide enough when the month of AS_OF counts at least MIN_GROUP caseworkers in it,
    so the team's current figures can be shown; a unit that never gets there takes the widest
    window. Months that still stay under MIN_GROUP are suppressed like any other group.
    """
    every = " UNION ALL ".join(f"({rolling_sql(unit, as_of, w)})" for w in WINDOWS)
    return f"""
    WITH r AS ({every}),
    ok AS (SELECT unit, window_months,
             bool_and(caseworkers >= {MIN_GROUP}) AS wide_enough
           FROM r WHERE month = date_trunc('month', DATE '{as_of.isoformat()}') GROUP BY ALL),
    pick AS (SELECT unit, coalesce(min(window_months) FILTER (wide_enough), max(window_months)) AS w
             FROM ok GROUP BY unit)
    SELECT r.* FROM r JOIN pick ON r.unit = pick.unit AND r.window_months = pick.w
    ORDER BY r.unit, r.month"""
