"""Turn the population arrays into the public records (clients, caseworkers, cases)."""

from __future__ import annotations

import random

import numpy as np

from augenhoehe.simulation.lexicon import CITIES, LAST_NAMES, OCCUPATIONS
from augenhoehe.simulation.model import STRATEGIES, Case, Caseworker, Client
from augenhoehe.simulation.plans import occupation_name
from augenhoehe.simulation.population import FIELDS, Population, first_name
from augenhoehe.simulation.profiles import OBSTACLE_TEXTS, STRENGTHS, WISH_TEMPLATES
from augenhoehe.simulation.scenario import Scenario


def describe_client(pop: Population, rng: random.Random) -> tuple[list[Client], list[tuple]]:
    """Create Client records with obstacle texts and wishes; also return strengths texts."""
    clients: list[Client] = []
    profiles: list[tuple] = []
    for i in range(len(pop.coop_true)):
        female = bool(pop.cl_female[i])
        occ_name = occupation_name(int(pop.occupation[i]), female)
        occ_field = OCCUPATIONS[pop.occupation[i]][1]
        obstacles = {f: rng.choice(OBSTACLE_TEXTS[f])
                     for f, present in zip(FIELDS, pop.obstacles[i], strict=True) if present}
        wish = rng.choice(WISH_TEMPLATES).format(occ=occ_name, city=CITIES[pop.city[i]],
                                                  field=occ_field)
        strengths = ". ".join(rng.sample(STRENGTHS, rng.randint(1, 3))) + "."
        clients.append(Client(
            id=f"K{i + 1:06d}", first_name=first_name(female, int(pop.cl_first[i])),
            last_name=LAST_NAMES[pop.cl_last[i]], birth_year=int(pop.birth_year[i]),
            gender="w" if female else "m", city=CITIES[pop.city[i]], obstacles=obstacles,
            wishes=wish, cooperation_true=round(float(pop.coop_true[i]), 4),
            cooperation_perceived=round(float(pop.perceived[i]), 4),
        ))
        profiles.append((strengths,))
    return clients, profiles


def build_records(
    sc: Scenario, pop: Population, clients: list[Client], cases: list[Case],
    cw_names: list[str], comp: np.ndarray, restriction: np.ndarray,
    mean_strengths: dict[str, np.ndarray], caseload: np.ndarray, perceived: np.ndarray,
) -> tuple[list[Caseworker], list[Case]]:
    """Create Caseworker records (ground-truth strategies) and the list of opened cases."""
    workers = []
    for j in range(sc.caseworkers):
        female = bool(pop.cw_female[j])
        workers.append(Caseworker(
            id=f"M{j + 1:04d}", team_id=pop.teams[int(pop.cw_team[j])].id,
            first_name=first_name(female, int(pop.cw_first[j])),
            last_name=LAST_NAMES[pop.cw_last[j]],
            role_orientation=round(float(pop.role[j]), 4),
            self_efficacy=round(float(comp[j]), 4), caseload=int(caseload[j]),
            perceived_restriction=round(float(restriction[j]), 4),
            strategies={k: round(float(mean_strengths[k][j]), 4) for k in STRATEGIES},
        ))
    for i, client in enumerate(clients):
        client.cooperation_perceived = round(float(perceived[i]), 4)
    return workers, cases
