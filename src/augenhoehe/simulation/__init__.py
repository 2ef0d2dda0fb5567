"""Agent-based simulation of the Kooperationsplan process model (Abbildung 1 of the paper)."""

from __future__ import annotations

from augenhoehe.simulation.demo import demo_jobcenter
from augenhoehe.simulation.engine import simulate
from augenhoehe.simulation.export import result_to_dict, write_result
from augenhoehe.simulation.load import read_result, result_from_dict
from augenhoehe.simulation.model import (
    EVENT_KINDS,
    INDICATORS,
    STRATEGIES,
    Case,
    Caseworker,
    Client,
    Event,
    PlanVersion,
    SimulationResult,
    Team,
)
from augenhoehe.simulation.scenario import Scenario, ScenarioError, load_scenario

__all__ = [
    "EVENT_KINDS", "INDICATORS", "STRATEGIES", "Case", "Caseworker", "Client", "Event",
    "PlanVersion", "Scenario", "ScenarioError", "SimulationResult", "Team", "demo_jobcenter",
    "load_scenario", "read_result", "result_from_dict", "result_to_dict", "simulate",
    "write_result",
]
