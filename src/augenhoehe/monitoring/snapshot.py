"""Snapshot of a simulation run: plan versions with scores and flags, events, cases as Parquet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from augenhoehe.monitoring.clusters import team_clusters
from augenhoehe.monitoring.flags import PlanFlags, plan_flags
from augenhoehe.monitoring.tables import SCORE_KEYS, pseudonym, write_table

if TYPE_CHECKING:
    from augenhoehe.simulation.model import SimulationResult

Scorer = Callable[[Any, dt.date], dict[str, int]]
"""Scores a plan as of a day (the end of the simulated period, so scores follow the seed)."""


def checker_scores(plan: Any, today: dt.date) -> dict[str, int]:
    """Scores of the project's checker for a domain plan, judged as of `today`."""
    from augenhoehe.check import check_plan

    return dict(check_plan(plan, today=today).scores)


def plan_values(pv_id: str, case_id: str, team: str, cw: str, version: int, plan_date: dt.date,
                concluded_on: dt.date | None, deferred: bool, review_date: dt.date | None,
                regime: str, scores: dict[str, int], f: PlanFlags) -> list[Any]:
    """One plan_versions row in schema order (cluster id filled in later)."""
    return [pv_id, case_id, team, cw, version, plan_date, concluded_on, deferred, review_date,
            regime, *(scores.get(k) for k in SCORE_KEYS),
            f.n_client_steps, f.n_jc_steps, f.client_concrete, f.jc_concrete, f.operationalised,
            f.jc_as_concrete, f.precise_duties, f.sanction_language, f.directive_share,
            f.content_hash, None]


def _quintiles(values: dict[str, float]) -> dict[str, int]:
    """Quintile 1 (lowest) to 5 (highest) of each key's value, by rank."""
    order = sorted(values, key=lambda k: (values[k], k))
    n = len(order)
    return {k: 1 + (5 * i) // n for i, k in enumerate(order)}


def snapshot_from_simulation(result: SimulationResult, out_dir: str | Path, *,
                             scorer: Scorer | None = checker_scores, salt: str = "sim") -> Path:
    """Write plan_versions, events, cases and findings Parquet tables for a simulation result.

    scorer=None leaves the indicator scores empty (fast; flags and clusters still computed).
    The snapshot holds no names and no plan text; caseworkers appear as salted pseudonyms.
    """
    out = Path(out_dir)
    team_of = {c.id: c.team_id for c in result.caseworkers}
    cw_of = {c.id: pseudonym(c.id, salt) for c in result.caseworkers}
    perceived = {c.id: c.cooperation_perceived for c in result.clients}
    by_cw: dict[str, dict[str, float]] = {}
    for case in result.cases:
        by_cw.setdefault(case.caseworker_id, {})[case.id] = perceived[case.client_id]
    quint: dict[str, int] = {}
    for values in by_cw.values():
        quint.update(_quintiles(values))
    case_rows = []
    case_team = {}
    for case in result.cases:
        team = team_of[case.caseworker_id]
        case_team[case.id] = (team, cw_of[case.caseworker_id])
        case_rows.append((case.id, team, cw_of[case.caseworker_id], case.opened_on,
                          case.potential_analysis.conducted_on or case.opened_on, quint[case.id]))
    write_table(out, "cases", case_rows)

    texts: dict[str, list[tuple[str, str]]] = {}
    plan_rows: list[list[Any]] = []
    for case in result.cases:
        team, cw = case_team[case.id]
        for pv in case.plans:
            pv_id = f"{case.id}-V{pv.version}"
            plan_date = pv.plan.plan_date or pv.concluded_on or case.opened_on
            scores = scorer(pv.plan, result.end) if scorer else {}
            texts.setdefault(team, []).append((pv_id, pv.text))
            plan_rows.append(plan_values(
                pv_id, case.id, team, cw, pv.version, plan_date, pv.concluded_on,
                bool(pv.deferral_reason) and pv.concluded_on is None, pv.plan.review_date,
                pv.regime, scores, plan_flags(pv.plan, pv.text, scores)))
    cluster = team_clusters(texts)
    for row in plan_rows:
        row[-1] = cluster.get(row[0])
    write_table(out, "plan_versions", plan_rows)

    def events() -> Any:
        for e in result.events:
            team, cw = case_team.get(e.case_id, ("", ""))
            minutes = e.detail.get("minutes") if isinstance(e.detail, dict) else None
            yield (e.case_id, team, cw, e.date, e.kind, minutes)

    write_table(out, "events", events())
    write_table(out, "findings", [])
    (out / "SNAPSHOT").write_text(f"simulation {result.jobcenter_name} {result.end}\n",
                                  encoding="utf-8")
    return out
