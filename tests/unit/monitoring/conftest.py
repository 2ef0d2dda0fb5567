"""Shared fixtures: one small simulation and its snapshot, plus a hand-made snapshot builder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from augenhoehe.monitoring.snapshot import snapshot_from_simulation
from augenhoehe.monitoring.tables import SCORE_KEYS, write_table


@pytest.fixture(scope="session")
def sim_snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """A 12-caseworker, 2-team simulation (no checker scores, for speed) and its snapshot."""
    from augenhoehe.simulation import Scenario, simulate

    result = simulate(Scenario(clients=900, caseworkers=12, teams=2, months=12, seed=5))
    out = tmp_path_factory.mktemp("snap")
    snapshot_from_simulation(result, out, scorer=None)
    return result, out


def plan_row(pv_id: str, case_id: str, team: str, cw: str, version: int, day: dt.date,
             content: str = "h", score: int = 70, review: dt.date | None = None) -> list[Any]:
    """One plan_versions row with neutral flags."""
    return [pv_id, case_id, team, cw, version, day, day, False, review, "buergergeld",
            *([score] * len(SCORE_KEYS)), 2, 1, 1.0, 1.0, True, True, False, False, 0.0,
            content, None]


def build(out: Path, teams: dict[str, int]) -> Path:
    """Snapshot with TEAMS = {team: number of caseworkers}, one case and one plan per caseworker."""
    day = dt.date(2025, 3, 10)
    cases, plans, events = [], [], []
    for team, n in teams.items():
        for i in range(n):
            cw, case = f"{team}-cw{i}", f"{team}-F{i}"
            cases.append((case, team, cw, day, day, 1 + i % 5))
            plans.append(plan_row(f"{case}-V1", case, team, cw, 1, day))
            events.append((case, team, cw, day, "contact", 30))
    for name, rows in (("cases", cases), ("plan_versions", plans), ("events", events),
                       ("findings", [])):
        write_table(out, name, rows)
    return out
