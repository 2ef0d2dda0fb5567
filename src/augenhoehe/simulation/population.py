"""Generate teams, caseworkers and clients with numpy (vectorised attributes, then records)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from augenhoehe.domain.plan import ObstacleField
from augenhoehe.simulation.lexicon import (
    CASEWORKER_TEAM_NAMES,
    CITIES,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    LAST_NAMES,
    OCCUPATIONS,
)
from augenhoehe.simulation.model import Team
from augenhoehe.simulation.profiles import OBSTACLE_PREVALENCE
from augenhoehe.simulation.scenario import Scenario

FIELDS = tuple(OBSTACLE_PREVALENCE)


@dataclass
class Population:
    """Column arrays of all agents; index i is the i-th client, j the j-th caseworker."""

    teams: list[Team]
    cw_team: np.ndarray
    cw_female: np.ndarray
    cw_first: np.ndarray
    cw_last: np.ndarray
    role: np.ndarray
    competence0: np.ndarray
    cl_caseworker: np.ndarray
    cl_female: np.ndarray
    cl_first: np.ndarray
    cl_last: np.ndarray
    birth_year: np.ndarray
    city: np.ndarray
    occupation: np.ndarray
    obstacles: np.ndarray
    coop_true: np.ndarray
    perceived: np.ndarray
    open_month: np.ndarray


def _beta_mean(rng: np.random.Generator, mean: float, conc: float, n: int) -> np.ndarray:
    mean = min(max(mean, 0.02), 0.98)
    return rng.beta(mean * conc, (1 - mean) * conc, n)


def build_population(sc: Scenario, rng: np.random.Generator) -> Population:
    """Draw the agents of one Jobcenter for a scenario."""
    n_cw, n_cl = sc.caseworkers, sc.clients
    teams = [
        Team(f"T{k + 1:02d}", CASEWORKER_TEAM_NAMES[k % len(CASEWORKER_TEAM_NAMES)]
             + ("" if k < len(CASEWORKER_TEAM_NAMES) else f" {k // len(CASEWORKER_TEAM_NAMES) + 1}"))
        for k in range(sc.teams)
    ]
    cw_team = np.arange(n_cw) % sc.teams
    cw_female = rng.random(n_cw) < 0.7
    role = _beta_mean(rng, sc.role_orientation_mean, 4.0, n_cw)
    # assumption: counselling competence is somewhat lower with compliance orientation
    comp = _beta_mean(rng, sc.competence_mean, 6.0, n_cw) - 0.15 * (role - 0.5)
    comp = np.clip(comp, 0.02, 0.98)
    cl_cw = rng.permutation(np.arange(n_cl) % n_cw)
    cl_female = rng.random(n_cl) < 0.5
    obstacles = np.stack([rng.random(n_cl) < OBSTACLE_PREVALENCE[f] for f in FIELDS], axis=1)
    n_obst = obstacles.sum(axis=1)
    coop = np.clip(_beta_mean(rng, 0.68, 5.0, n_cl) - 0.03 * n_obst, 0.02, 0.98)
    # perceived: noisy, biased by visible obstacles (language, health, housing) and role
    visible = obstacles[:, [FIELDS.index(ObstacleField.LANGUAGE),
                            FIELDS.index(ObstacleField.HEALTH),
                            FIELDS.index(ObstacleField.HOUSING)]].sum(axis=1)
    logit = np.log(coop / (1 - coop)) + rng.normal(0.0, 0.8, n_cl)
    logit -= 0.35 * visible + 0.8 * (role[cl_cw] - 0.5)
    perceived = 1.0 / (1.0 + np.exp(-logit))
    n_initial = int(round(sc.initial_share * n_cl))
    open_month = np.zeros(n_cl, dtype=np.int64)
    later = rng.integers(1, max(2, sc.months), n_cl - n_initial)
    open_month[n_initial:] = np.sort(later)
    open_month = open_month[rng.permutation(n_cl)]
    return Population(
        teams=teams, cw_team=cw_team, cw_female=cw_female,
        cw_first=np.where(cw_female, rng.integers(0, len(FIRST_NAMES_F), n_cw),
                          rng.integers(0, len(FIRST_NAMES_M), n_cw)),
        cw_last=rng.integers(0, len(LAST_NAMES), n_cw),
        role=role, competence0=comp, cl_caseworker=cl_cw, cl_female=cl_female,
        cl_first=np.where(cl_female, rng.integers(0, len(FIRST_NAMES_F), n_cl),
                          rng.integers(0, len(FIRST_NAMES_M), n_cl)),
        cl_last=rng.integers(0, len(LAST_NAMES), n_cl),
        birth_year=rng.integers(1962, 2006, n_cl),
        city=rng.integers(0, len(CITIES), n_cl),
        occupation=rng.integers(0, len(OCCUPATIONS), n_cl),
        obstacles=obstacles, coop_true=coop, perceived=perceived, open_month=open_month,
    )


def first_name(female: bool, index: int) -> str:
    """Return the first name for a drawn index."""
    return (FIRST_NAMES_F if female else FIRST_NAMES_M)[index]


def month_start(start: date, month: int) -> date:
    """Return the first day of simulation month `month` (0-based)."""
    k = start.month - 1 + month
    return date(start.year + k // 12, k % 12 + 1, 1)
