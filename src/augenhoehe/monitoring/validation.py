"""Validate the indicators against the simulation's planted ground truth (rank correlation, P/R)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from augenhoehe.monitoring.queries import connect
from augenhoehe.monitoring.strategies import strategies_sql
from augenhoehe.monitoring.tables import pseudonym

if TYPE_CHECKING:
    from augenhoehe.simulation.model import SimulationResult


@dataclass(frozen=True)
class Recovery:
    """How well one indicator recovers one planted strategy."""

    strategy: str
    indicator: str
    spearman_teams: float
    spearman_caseworkers: float
    precision: float | None = None
    recall: float | None = None


def _ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x))
    ranks[order] = np.arange(len(x))
    for v in np.unique(x):  # average ranks for ties
        mask = x == v
        ranks[mask] = ranks[mask].mean()
    return ranks


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman rank correlation (average ranks for ties); nan for fewer than three pairs."""
    a, b = np.asarray(x, float), np.asarray(y, float)
    keep = ~(np.isnan(a) | np.isnan(b))
    a, b = a[keep], b[keep]
    if len(a) < 3 or a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(_ranks(a), _ranks(b))[0, 1])


def precision_recall(predicted: set[str], planted: set[str]) -> tuple[float, float]:
    """Precision and recall of a predicted set of ids against the planted set."""
    hit = len(predicted & planted)
    return (hit / len(predicted) if predicted else 0.0, hit / len(planted) if planted else 0.0)


_PAIRS = (("creaming", "creaming_ratio"), ("pro_forma", "share_pro_forma"),
          ("precise_documentation", "share_documenting_to_sanction"),
          ("egv_habits", "share_sanction_language_after_egv"))
_PLAN_FLAG = {"pro_forma": "cluster_id IS NOT NULL",
              "precise_documentation": "precise_duties",
              "egv_habits": "sanction_language AND regime <> 'egv'"}


def validate(result: SimulationResult, snapshot: str | Path, salt: str = "sim") -> list[Recovery]:
    """Compare planted strategy strengths and applications with the monitoring's indicators."""
    con = connect(snapshot)
    out = []
    for strategy, indicator in _PAIRS:
        values = {}
        for unit in ("team_id", "cw"):
            rel = con.sql(f"SELECT unit, {indicator} FROM ({strategies_sql(unit)})")
            values[unit] = {u: (np.nan if v is None else float(v)) for u, v in rel.fetchall()}
        teams = sorted(values["team_id"])
        planted_team = [float(np.mean([c.strategies.get(strategy, 0.0) for c in result.caseworkers
                                       if c.team_id == t])) for t in teams]
        cws = [(pseudonym(c.id, salt), c.strategies.get(strategy, 0.0)) for c in result.caseworkers]
        p = r = None
        if strategy in _PLAN_FLAG:
            flagged = {row[0] for row in con.sql(
                f"SELECT pv_id FROM plan_versions WHERE {_PLAN_FLAG[strategy]}").fetchall()}
            planted = {f"{case.id}-V{pv.version}" for case in result.cases for pv in case.plans
                       if strategy in pv.strategies_applied
                       and (strategy != "egv_habits" or pv.regime != "egv")}
            p, r = precision_recall(flagged, planted)
        out.append(Recovery(
            strategy, indicator,
            spearman(planted_team, [values["team_id"][t] for t in teams]),
            spearman([s for _c, s in cws], [values["cw"].get(c, np.nan) for c, _s in cws]),
            p, r))
    con.close()
    return out
