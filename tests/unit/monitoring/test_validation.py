"""The monitoring finds what the simulation planted."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from augenhoehe.monitoring.validation import precision_recall, spearman, validate


def test_spearman_known_values() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [9, 5, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert precision_recall({"a", "b"}, {"b", "c", "d"}) == (0.5, pytest.approx(1 / 3))


def test_indicators_recover_planted_strategies(sim_snapshot: tuple[Any, Any]) -> None:
    result, snap = sim_snapshot
    rec = {r.strategy: r for r in validate(result, snap)}
    assert rec["creaming"].spearman_caseworkers > 0.5
    assert rec["pro_forma"].precision is not None and rec["pro_forma"].precision > 0.9
    assert rec["pro_forma"].recall is not None and rec["pro_forma"].recall > 0.4
    assert rec["egv_habits"].spearman_caseworkers > 0.5
    assert rec["precise_documentation"].spearman_caseworkers > 0.5
    assert rec["precise_documentation"].recall is not None
    assert rec["precise_documentation"].recall > 0.8


def test_snapshot_holds_no_names(sim_snapshot: tuple[Any, Any]) -> None:
    result, snap = sim_snapshot
    con = duckdb.connect()
    cws = {r[0] for r in con.sql(f"SELECT DISTINCT cw FROM '{snap}/plan_versions.parquet'").fetchall()}
    assert len(cws) == 12
    assert not cws & {c.id for c in result.caseworkers}
    cols = [r[0] for r in con.sql(f"DESCRIBE SELECT * FROM '{snap}/plan_versions.parquet'").fetchall()]
    assert "text" not in cols and "s_gesamt" in cols


def test_checker_scores_reach_the_figures(tmp_path: Any) -> None:
    from augenhoehe.monitoring.figures import FigureStore, refresh
    from augenhoehe.monitoring.snapshot import snapshot_from_simulation
    from augenhoehe.simulation import Scenario, simulate

    result = simulate(Scenario(clients=25, caseworkers=5, teams=1, months=2, seed=2))
    snap = snapshot_from_simulation(result, tmp_path / "s")
    store = FigureStore(refresh(snap, tmp_path / "f"))
    month = store.team_report("T01").months[0].values
    assert 0 < month["gesamt"] <= 100 and month["gesamt_p25"] <= month["gesamt_p75"]
    strat = store.team_report("T01").strategies
    assert strat is not None and "offers_ratio_q5_q1" in strat.values


def test_simulated_plans_are_scored_as_of_the_simulations_end_not_the_wall_clock(tmp_path: Any) -> None:
    from augenhoehe.monitoring.snapshot import snapshot_from_simulation
    from augenhoehe.simulation import Scenario, simulate

    result = simulate(Scenario(clients=10, caseworkers=5, teams=1, months=2, seed=2))
    days: set[Any] = set()

    def scorer(plan: Any, today: Any) -> dict[str, int]:
        days.add(today)
        return {}

    snapshot_from_simulation(result, tmp_path / "s", scorer=scorer)
    assert days == {result.end}
    assert (tmp_path / "s" / "SNAPSHOT").read_text(encoding="utf-8").strip().endswith(str(result.end))
