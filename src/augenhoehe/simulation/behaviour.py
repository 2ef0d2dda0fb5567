"""The mechanisms of Abbildung 1 as vectorised functions (each one states its assumptions)."""

from __future__ import annotations

import numpy as np

from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation.scenario import Scenario

BINDINGNESS: dict[Regime, float] = {
    Regime.EGV: 1.0,
    Regime.BUERGERGELD: 0.0,
    Regime.GRUNDSICHERUNG: 0.6,
}
"""Assumption: how far the regime lets a caseworker enforce plan content. The EGV was a
contract with Rechtsfolgenbelehrung (1.0); the Kooperationsplan is not binding (0.0); the
Neue Grundsicherung restores part of it by the § 15a Verpflichtung by Verwaltungsakt (0.6)."""


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def competence_at(sc: Scenario, competence0: np.ndarray, month: int) -> np.ndarray:
    """Counselling competence after training (lever 'Qualifizierung und Reflexion').

    Assumption: from `training_month` on, training closes a share `training` of the gap to 1.
    Professional standards add a small, immediate orientation effect.
    """
    comp = competence0 + 0.1 * sc.professional_standards * (1.0 - competence0)
    if sc.training > 0 and month >= sc.training_month:
        comp = comp + sc.training * 0.6 * (1.0 - comp)
    return np.clip(comp, 0.0, 1.0)


def perceived_restriction(
    sc: Scenario, role: np.ndarray, comp: np.ndarray, load: np.ndarray, regime: Regime
) -> np.ndarray:
    """Perceived frame of action: how restricted a caseworker feels, in [0, 1].

    Paper: compliance-oriented caseworkers experience the non-binding plan as a loss of
    power; counselling competence buffers it; caseload and quota pressure narrow the frame;
    transparency about Zumutbarkeit and professional standards widen it.
    Assumption: linear combination, clipped.
    """
    b = BINDINGNESS[regime]
    x = 1.6 * role * (1.0 - b) * (1.1 - comp)
    x = x + 0.35 * sc.quota_pressure * load
    x = x - 0.3 * sc.transparency - 0.15 * sc.professional_standards
    return np.clip(x, 0.0, 1.0)


def strategy_strengths(
    sc: Scenario,
    role: np.ndarray,
    comp: np.ndarray,
    load: np.ndarray,
    restriction: np.ndarray,
    regime: Regime,
    months_since_reform: int,
) -> dict[str, np.ndarray]:
    """Strength in [0, 1] of each adaptation strategy per caseworker for one month.

    - creaming (Lipsky): rises with perceived restriction, quota pressure and caseload;
      the discourse on client differentiation damps it (Abbildung 2).
    - pro_forma: plans concluded only in form; driven by a quantitative conclusion quota
      and caseload, damped by qualitative key figures and competence.
    - precise_documentation: documenting steps precisely to prepare an Aufforderung
      (Bürgergeld) or a Verpflichtung (Neue Grundsicherung); only when the plan itself is
      not binding; driven by compliance orientation; transparency damps it.
    - egv_habits: carrying on EGV habits (directive wording, legal threats) after the reform;
      compliance orientation without counselling alternatives; decays with a half-life of
      24 months (assumption) and with training.
    All functional forms and weights are assumptions.
    """
    b = BINDINGNESS[regime]
    qp = sc.quota_pressure
    creaming = _sigmoid(5.0 * (restriction + 0.5 * qp * load - 0.6 * sc.differentiation_discourse
                               - 0.75))
    kpi = 0.65 if sc.qualitative_kpis else 0.0
    pro_forma = _sigmoid(6.0 * (0.6 * qp * load * (1.0 - kpi) + 0.35 * (1.0 - comp) - 0.75))
    precise = _sigmoid(7.0 * (role * (1.0 - b) + 0.3 * restriction - 0.3 * sc.transparency
                              - 0.6)) * (1.0 - b)
    if regime is Regime.EGV:
        habits = np.zeros_like(role)
    else:
        decay = 0.5 ** (months_since_reform / 24.0)
        habits = np.clip(1.8 * role * (1.0 - comp) * decay * (1.0 - 0.5 * sc.training), 0, 1)
    zero = np.zeros_like(role)
    return {
        "creaming": creaming if sc.creaming else zero,
        "pro_forma": pro_forma if sc.pro_forma else zero,
        "precise_documentation": precise if sc.precise_documentation else zero,
        "egv_habits": habits if sc.egv_habits else zero,
    }


CREAMING_GAIN = 3.0
"""Assumption: with full creaming, a client perceived as fully cooperative gets
exp(1.5) ≈ 4.5 times the contact time of one perceived as fully uncooperative."""


def allocate_minutes(
    capacity: float,
    caseworker: np.ndarray,
    active: np.ndarray,
    perceived: np.ndarray,
    creaming: np.ndarray,
    n_caseworkers: int,
) -> np.ndarray:
    """Split each caseworker's monthly contact minutes over the active caseload.

    Creaming weights a client by exp(gain · strength · (perceived − 0.5)); without creaming
    every active client of a caseworker gets the same share.
    """
    w = np.exp(CREAMING_GAIN * creaming[caseworker] * (perceived - 0.5)) * active
    total = np.bincount(caseworker, weights=w, minlength=n_caseworkers)
    share = np.divide(w, total[caseworker], out=np.zeros_like(w), where=total[caseworker] > 0)
    return capacity * share
