"""Plain, JSON-exportable result records of a simulation run (stable API for the demo data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from augenhoehe.check.model import INDICATORS as INDICATORS  # the one list, re-exported for the records
from augenhoehe.domain.plan import CooperationPlan, ObstacleField, PotentialAnalysis

STRATEGIES = ("creaming", "pro_forma", "precise_documentation", "egv_habits")
"""Adaptation strategies of Abbildung 1 (creaming, pro-forma plans, documenting precisely
to prepare an Aufforderung, carrying on EGV habits)."""

EVENT_KINDS = (
    "contact", "plan", "review", "summons", "verpflichtung", "schlichtung", "contact_break",
    "integration",
)


@dataclass
class Team:
    """A team of caseworkers (Integrationsfachkräfte)."""

    id: str
    name: str


@dataclass
class Caseworker:
    """An Integrationsfachkraft with role orientation, competence and active strategies."""

    id: str
    team_id: str
    first_name: str
    last_name: str
    role_orientation: float
    """0 = social-work orientation (Berater/Sozialarbeiter), 1 = compliance orientation."""
    self_efficacy: float
    """Counselling self-efficacy / competence in [0, 1] at the end of the run (after training)."""
    caseload: int
    perceived_restriction: float
    """Perceived frame of action: how restricted the person feels, [0, 1], last month."""
    strategies: dict[str, float] = field(default_factory=dict)
    """Ground truth: strength in [0, 1] of each adaptation strategy (keys: STRATEGIES)."""


@dataclass
class Client:
    """A person receiving benefits (erwerbsfähige leistungsberechtigte Person)."""

    id: str
    first_name: str
    last_name: str
    birth_year: int
    gender: str
    city: str
    obstacles: dict[ObstacleField, str]
    wishes: str
    cooperation_true: float
    """Ground truth: propensity to cooperate in [0, 1]."""
    cooperation_perceived: float
    """How cooperative the caseworker believes the person is (noisy, biased), [0, 1]."""


@dataclass
class PlanVersion:
    """One version of a case's plan with its conclusion (or deferral) and intended quality."""

    version: int
    regime: str
    """Regime key of the plan date (egv, buergergeld, grundsicherung)."""
    plan: CooperationPlan
    text: str
    concluded_on: date | None
    deferral_reason: str
    intended_quality: dict[str, int]
    """Ground truth: intended quality 0-100 per indicator key (INDICATORS)."""
    strategies_applied: list[str]
    template_id: str
    """Non-empty when the plan is a copy of the caseworker's template (pro-forma)."""


@dataclass
class Case:
    """A case: one client with one caseworker, the Potenzialanalyse and the plan versions."""

    id: str
    client_id: str
    caseworker_id: str
    opened_on: date
    potential_analysis: PotentialAnalysis
    plans: list[PlanVersion] = field(default_factory=list)
    closed_on: date | None = None
    closed_reason: str = ""


@dataclass
class Event:
    """Something that happened in a case on a day; detail holds e.g. {'minutes': 30}."""

    date: date
    case_id: str
    kind: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class SimulationResult:
    """Everything a run produced: the synthetic Jobcenter plus ground truth and outcomes."""

    jobcenter_name: str
    seed: int
    start: date
    end: date
    parameters: dict[str, Any]
    teams: list[Team]
    caseworkers: list[Caseworker]
    clients: list[Client]
    cases: list[Case]
    events: list[Event]
    outcomes: dict[str, Any] = field(default_factory=dict)
