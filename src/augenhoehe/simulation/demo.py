"""A small synthetic Jobcenter for the app's demo data."""

from __future__ import annotations

from datetime import date

from augenhoehe.simulation.engine import simulate
from augenhoehe.simulation.model import SimulationResult
from augenhoehe.simulation.scenario import Scenario


def demo_scenario(seed: int = 7) -> Scenario:
    """The demo: 1 Jobcenter, 2 teams of 5 caseworkers, 60 clients, Nov 2025 – Oct 2026.

    Five per team is the smallest group the monitoring shows unsuppressed.
    """
    return Scenario(
        name="Demo", jobcenter_name="Jobcenter Musterstadt", seed=seed,
        start=date(2025, 11, 1), months=12, clients=60, caseworkers=10, teams=2,
        initial_share=0.7, caseload=110,
    )


def demo_jobcenter(seed: int = 7) -> SimulationResult:
    """Return the demo result (deterministic for a seed); spans both 2026 regimes."""
    return simulate(demo_scenario(seed))
