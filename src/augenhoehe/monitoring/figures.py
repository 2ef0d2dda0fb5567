"""Refresh the key figures into Parquet and read them back as suppressed, dashboard-ready reports."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from augenhoehe.domain import clock
from augenhoehe.files import swap_into_place
from augenhoehe.monitoring.queries import (
    MIN_GROUP,
    chosen_window_sql,
    connect,
    dismissed_sql,
    monthly_sql,
    rolling_sql,
)
from augenhoehe.monitoring.strategies import EXPLANATIONS, Explanation, egv_trend_sql, strategies_sql

JOBCENTER = "'Jobcenter'"
_KEEP = {"unit", "month", "regime", "first_plan", "caseworkers", "suppressed", "code", "indicator",
         "window_months"}
TABLES = ("months", "rolling", "strategies", "egv_trend", "dismissed", "units")


@dataclass(frozen=True)
class Row:
    """One row of figures; values are None when suppressed."""

    values: dict[str, Any]
    suppressed: bool


@dataclass(frozen=True)
class TeamReport:
    """Everything a team page shows: monthly figures, strategies with reading aids, EGV trend.

    `rolling` has one row per calendar month up to the refresh day, each over the team's rolling
    window (`Row.values["window_months"]`), wide enough to reach five caseworkers.
    """

    unit: str
    caseworkers: int | None
    suppressed: bool
    months: list[Row] = field(default_factory=list)
    strategies: Row | None = None
    egv_trend: list[Row] = field(default_factory=list)
    dismissed: list[Row] = field(default_factory=list)
    explanations: dict[str, Explanation] = field(default_factory=lambda: dict(EXPLANATIONS))
    rolling: list[Row] = field(default_factory=list)

    @property
    def window_months(self) -> int | None:
        """Width of the rolling window in months (None without rolling figures)."""
        return self.rolling[-1].values.get("window_months") if self.rolling else None


def _suppress(con: duckdb.DuckDBPyConnection, sql: str, sizes: str | None) -> duckdb.DuckDBPyRelation:
    """Null every value column of rows whose group has fewer than MIN_GROUP caseworkers."""
    rel = con.sql(sql)
    if sizes is not None:
        rel = con.sql(f"SELECT r.*, s.caseworkers FROM ({sql}) r JOIN ({sizes}) s USING (unit)")
    cols = [c for c in rel.columns if c not in _KEEP]
    body = ", ".join(f"CASE WHEN caseworkers < {MIN_GROUP} THEN NULL ELSE {c} END AS {c}" for c in cols)
    keep = ", ".join(c for c in rel.columns if c in _KEEP)
    return con.sql(f"SELECT {keep}, caseworkers < {MIN_GROUP} AS suppressed, {body} FROM rel")


def refresh(snapshot: str | Path, figures: str | Path, as_of: dt.date | None = None) -> Path:
    """Compute all key figures for all teams and the whole Jobcenter as of a day (default: today)."""
    as_of = as_of or clock.today()
    final = Path(figures)
    out = final.with_name(final.name + ".new")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    con = connect(snapshot)
    sizes = "SELECT team_id AS unit, count(DISTINCT cw) AS caseworkers FROM cases GROUP BY ALL"
    jc_size = "SELECT 'Jobcenter' AS unit, count(DISTINCT cw) AS caseworkers FROM cases"
    jobs = {
        "months": (monthly_sql("team_id", as_of), None, monthly_sql(JOBCENTER, as_of), None),
        "rolling": (chosen_window_sql("team_id", as_of), None, chosen_window_sql(JOBCENTER, as_of), None),
        "strategies": (strategies_sql("team_id"), sizes, strategies_sql(JOBCENTER), jc_size),
        "egv_trend": (egv_trend_sql("team_id"), None, egv_trend_sql(JOBCENTER), None),
        "dismissed": (dismissed_sql("team_id"), sizes, dismissed_sql(JOBCENTER), jc_size),
    }
    for name, (team_sql, team_sizes, jc_sql, jc_sizes) in jobs.items():
        team = _suppress(con, team_sql, team_sizes)
        team.to_table(f"t_{name}")
        _suppress(con, jc_sql, jc_sizes).to_table(f"j_{name}")
        con.sql(f"COPY (SELECT * FROM t_{name} UNION ALL BY NAME SELECT * FROM j_{name}) "
                f"TO '{out / (name + '.parquet')}' (FORMAT parquet)")
    con.sql(f"COPY ({sizes} UNION ALL {jc_size}) TO '{out / 'units.parquet'}' (FORMAT parquet)")
    (out / "REFRESHED").write_text(dt.datetime.now(dt.UTC).isoformat() + "\n", encoding="utf-8")
    con.close()
    return swap_into_place(out, final)  # readers see either the old or the new figures, never a mix


class FigureStore:
    """Read access to refreshed figures, loaded into memory; a cursor per query (thread-safe)."""

    def __init__(self, figures: str | Path) -> None:
        self.path = Path(figures)
        self.con = duckdb.connect()
        for name in TABLES:
            self.con.sql(f"CREATE TABLE {name} AS SELECT * FROM "
                         f"read_parquet('{self.path / (name + '.parquet')}')")

    def _rows(self, table: str, unit: str, order: str) -> list[Row]:
        rel = self.con.cursor().execute(f"SELECT * FROM {table} WHERE unit = ? ORDER BY {order}",
                                        [unit])
        names = [d[0] for d in rel.description]
        rows = [dict(zip(names, r, strict=True)) for r in rel.fetchall()]
        return [Row({k: v for k, v in r.items() if k not in ("unit", "suppressed")},
                    bool(r["suppressed"])) for r in rows]

    def units(self) -> list[str]:
        """Teams (and 'Jobcenter') with figures; no caseworker pseudonyms ever appear here."""
        cur = self.con.cursor()
        return [r[0] for r in cur.execute("SELECT unit FROM units ORDER BY unit").fetchall()]

    def team_report(self, team_id: str) -> TeamReport:
        """Report for one team or 'Jobcenter'; suppressed if the team has fewer than five staff."""
        size = self.con.cursor().execute("SELECT caseworkers FROM units WHERE unit = ?",
                                         [team_id]).fetchone()
        if size is None:
            raise KeyError(team_id)
        small = size[0] < MIN_GROUP
        strat = self._rows("strategies", team_id, "unit")
        return TeamReport(
            unit=team_id, caseworkers=None if small else size[0], suppressed=small,
            months=self._rows("months", team_id, "month"),
            strategies=strat[0] if strat else None,
            egv_trend=self._rows("egv_trend", team_id, "first_plan"),
            dismissed=self._rows("dismissed", team_id, "dismissed DESC, code"),
            rolling=self._rows("rolling", team_id, "month"))


def team_report(figures: str | Path, team_id: str) -> TeamReport:
    """Convenience: open the refreshed figures and return one team's report."""
    return FigureStore(figures).team_report(team_id)


def own_figures(snapshot: str | Path, pseudonym: str) -> TeamReport:
    """A caseworker's own figures, unsuppressed, for that person only (never on team pages)."""
    con = connect(snapshot)
    n = con.execute("SELECT count(*) FROM cases WHERE cw = ?", [pseudonym]).fetchone()
    if not n or not n[0]:
        raise KeyError(pseudonym)

    def rows(sql: str) -> list[Row]:
        rel = con.execute(f"SELECT * FROM ({sql}) WHERE unit = ?", [pseudonym])
        names = [d[0] for d in rel.description]
        return [Row({k: v for k, v in zip(names, r, strict=True) if k != "unit"}, False)
                for r in rel.fetchall()]

    strat = rows(strategies_sql("cw"))
    report = TeamReport(unit=pseudonym, caseworkers=1, suppressed=False,
                        months=rows(monthly_sql("cw")), strategies=strat[0] if strat else None,
                        egv_trend=rows(egv_trend_sql("cw")), dismissed=rows(dismissed_sql("cw")),
                        rolling=rows(rolling_sql("cw", clock.today(), 1)))
    con.close()
    return report
