"""DuckDB queries for the key figures; every query groups by a unit column (team or pseudonym)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from augenhoehe.monitoring.tables import SCORE_KEYS

MIN_GROUP = 5
SUMMONS_WINDOW_DAYS = 90


def qual(alias: str, unit: str) -> str:
    """Qualify a unit column with a table alias; literal units ('Jobcenter') stay as they are."""
    return unit if unit.startswith("'") else f"{alias}.{unit}"


def connect(snapshot: str | Path) -> duckdb.DuckDBPyConnection:
    """A connection with views plan_versions, events, cases, findings over the snapshot."""
    con = duckdb.connect()
    for name in ("plan_versions", "events", "cases", "findings"):
        path = Path(snapshot) / f"{name}.parquet"
        con.sql(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
    con.sql("""CREATE VIEW pv AS SELECT *,
        date_trunc('month', plan_date)::DATE AS month,
        lead(plan_date) OVER w AS next_date,
        lag(content_hash) OVER w AS prev_hash
        FROM plan_versions WINDOW w AS (PARTITION BY case_id ORDER BY version)""")
    return con


def _score_cols() -> str:
    return ", ".join(f"round(avg(s_{k}), 1) AS {k}" for k in SCORE_KEYS)


def monthly_sql(unit: str) -> str:
    """Key figures per UNIT and month (unit = team_id or cw)."""
    return f"""
    WITH p AS (
      SELECT {unit} AS unit, month, count(*) AS plans, count(DISTINCT cw) AS caseworkers,
        {_score_cols()},
        quantile_cont(s_gesamt, 0.25) AS gesamt_p25, quantile_cont(s_gesamt, 0.75) AS gesamt_p75,
        avg(operationalised::INT) AS share_operationalised,
        avg(jc_as_concrete::INT) AS share_jc_as_concrete,
        avg(CASE WHEN next_date IS NULL THEN NULL
                 ELSE (next_date <= coalesce(review_date, plan_date + 183)
                       AND next_date <= plan_date + 183)::INT END) AS share_review_on_time,
        avg(CASE WHEN version > 1 THEN (content_hash <> prev_hash)::INT END) AS share_changed_at_review,
        avg((concluded_on IS NOT NULL)::INT) AS share_concluded,
        avg(deferred::INT) AS share_deferred_documented,
        avg(sanction_language::INT) AS share_sanction_language,
        avg(directive_share) AS mean_directive_share
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
