"""Intended plan quality per indicator (ground truth) from the caseworker's behaviour."""

from __future__ import annotations

import random

from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation.model import INDICATORS


def intended_quality(
    competence: float,
    role: float,
    minutes: float,
    regime: Regime,
    applied: set[str],
    qualitative_kpis: bool,
    rng: random.Random,
) -> dict[str, float]:
    """Return the intended quality in [0, 1] for each indicator of one plan.

    Assumptions (all uncalibrated):
    - base quality grows with counselling competence and with the contact time the person
      gets (a plan written in five minutes cannot be individual);
    - compliance orientation lowers reciprocity, cooperative wording and participation;
    - pro_forma: template plan (low Aussagekraft, Zwischenschritte, Kohärenz, Beteiligung);
    - precise_documentation: the client's steps are dated and counted (high Ausformulierung)
      but worded as orders, without Jobcenter commitments;
    - egv_habits and every EGV: sanction language in the plan (Sanktionsfreiheit 0);
    - qualitative key figures reward review dates and individual content.
    """
    time = min(1.0, minutes / 45.0)
    base = 0.2 + 0.45 * competence + 0.25 * time
    kpi = 0.12 if qualitative_kpis else 0.0
    q = {
        "ausformulierung": base,
        "zwischenschritte": base + kpi * 0.5,
        "kohaerenz": base,
        "aussagekraft": base - 0.1 + 0.2 * time + kpi,
        "nachhaltung": base + 0.1 + kpi,
        "gegenseitigkeit": base - 0.35 * role + 0.1,
        "kooperative_sprache": 1.0 - 0.55 * role - 0.2 * (1 - competence),
        "sanktionsfreiheit": 1.0,
        "verstaendlichkeit": 0.45 + 0.4 * competence - 0.2 * role,
        "beteiligung": base * (1.0 - 0.4 * role) + 0.1 * time,
    }
    if "pro_forma" in applied:
        for key, cap in (("aussagekraft", 0.1), ("zwischenschritte", 0.3), ("kohaerenz", 0.25),
                         ("beteiligung", 0.1), ("nachhaltung", 0.35), ("ausformulierung", 0.35)):
            q[key] = min(q[key], cap)
    if "precise_documentation" in applied:
        q["ausformulierung"] = max(q["ausformulierung"], 0.85)
        q["gegenseitigkeit"] = min(q["gegenseitigkeit"], 0.15)
        q["kooperative_sprache"] = min(q["kooperative_sprache"], 0.25)
        q["beteiligung"] = min(q["beteiligung"], 0.2)
    if "egv_habits" in applied or regime is Regime.EGV:
        q["sanktionsfreiheit"] = 0.0
        q["kooperative_sprache"] = min(q["kooperative_sprache"], 0.35)
        q["verstaendlichkeit"] = min(q["verstaendlichkeit"], 0.45)
    out = {}
    for key in INDICATORS:
        noise = 0.0 if key == "sanktionsfreiheit" else rng.gauss(0.0, 0.07)
        out[key] = min(1.0, max(0.0, q[key] + noise))
    return out
