"""Small shared simulation runs (cached per session, so tests stay fast)."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from augenhoehe.simulation import Scenario, SimulationResult, simulate


@cache
def run(**kwargs: object) -> SimulationResult:
    """Run a small scenario once per parameter set."""
    params = {"clients": 400, "caseworkers": 4, "months": 12, "texts": False}
    params.update(kwargs)
    return simulate(Scenario(**params))  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def across_regimes() -> SimulationResult:
    """A run from EGV times through Bürgergeld into the Neue Grundsicherung (with texts)."""
    return run(start=date(2023, 1, 1), months=48, clients=600, caseworkers=6, texts=True,
               quota_pressure=0.7)
