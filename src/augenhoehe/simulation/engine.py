"""The monthly loop: caseworkers' frame and strategies, contact time, plans, outcomes."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np

from augenhoehe.domain.plan import PotentialAnalysis
from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation import behaviour as B
from augenhoehe.simulation.casework import Actor, Person, plan_round
from augenhoehe.simulation.lexicon import CITIES, LAST_NAMES
from augenhoehe.simulation.model import STRATEGIES, Case, Event, SimulationResult
from augenhoehe.simulation.outcomes import Tally
from augenhoehe.simulation.plans import occupation_name
from augenhoehe.simulation.population import FIELDS, Population, build_population, month_start
from augenhoehe.simulation.records import build_records, describe_client
from augenhoehe.simulation.scenario import Scenario

CONTACT_MINUTES = 40.0
"""Assumption: a typical appointment; monthly contact probability = allocated minutes / 40."""


def regime_for(sc: Scenario, day: date) -> Regime:
    """Regime by date, with the scenario's (normally the legal) change dates."""
    if day >= sc.grundsicherung_start:
        return Regime.GRUNDSICHERUNG
    if day >= sc.buergergeld_start:
        return Regime.BUERGERGELD
    return Regime.EGV


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def simulate(scenario: Scenario | None = None, progress: bool = False) -> SimulationResult:
    """Run one scenario and return the synthetic Jobcenter with ground truth and outcomes."""
    sc = scenario or Scenario()
    rng = np.random.default_rng(sc.seed)
    prng = random.Random(sc.seed)
    pop = build_population(sc, rng)
    n_cl, n_cw = sc.clients, sc.caseworkers
    sim_caseload = np.bincount(pop.cl_caseworker, minlength=n_cw)
    nominal = sc.caseload if sc.caseload > 0 else sc.clients / sc.caseworkers
    load = np.full(n_cw, nominal / sc.reference_caseload)
    base_minutes = sc.minutes_per_month / nominal
    cw_names = [f"{'Frau' if f else 'Herr'} {LAST_NAMES[k]}"
                for f, k in zip(pop.cw_female, pop.cw_last, strict=True)]
    clients, profiles = describe_client(pop, prng)
    cases: dict[int, Case] = {}
    events: list[Event] = []
    tally = Tally(sc.months, n_cw)
    perceived = pop.perceived.copy()
    opened = np.zeros(n_cl, bool)
    integrated = np.zeros(n_cl, bool)
    broken = np.zeros(n_cl, bool)
    next_plan = np.full(n_cl, -1, np.int64)
    plan_quality = np.full(n_cl, 0.4)
    strain = np.zeros(n_cl)  # recent summons / Verpflichtungen, decays monthly
    strength_sum = {k: np.zeros(n_cw) for k in STRATEGIES}
    months = range(sc.months)
    if progress:
        from tqdm import tqdm

        months = tqdm(months, desc="Simulation", unit="Monat", file=None)
    restriction = np.zeros(n_cw)
    comp = pop.competence0
    for t in months:
        day0 = month_start(sc.start, t)
        regime = regime_for(sc, day0)
        since = max(0, _months_between(sc.buergergeld_start, day0))
        comp = B.competence_at(sc, pop.competence0, t)
        restriction = B.perceived_restriction(sc, pop.role, comp, load, regime)
        strengths = B.strategy_strengths(sc, pop.role, comp, load, restriction, regime, since)
        for k in STRATEGIES:
            strength_sum[k] += strengths[k]
        new = (pop.open_month == t) & ~opened
        for i in map(int, np.flatnonzero(new)):
            day = day0 + timedelta(days=int(rng.integers(0, 20)))
            cases[i] = Case(f"F{i + 1:06d}", clients[i].id, f"M{pop.cl_caseworker[i] + 1:04d}",
                            day, PotentialAnalysis(profiles[i][0], clients[i].obstacles,
                                                   clients[i].wishes, day))
        opened |= new
        next_plan[new] = t
        # returns after a contact break (assumption: 12 % per month)
        back = broken & (rng.random(n_cl) < 0.12)
        broken &= ~back
        next_plan[back] = t
        active = opened & ~integrated & ~broken
        minutes = B.allocate_minutes(1.0, pop.cl_caseworker, active.astype(float), perceived,
                                     strengths["creaming"], n_cw)
        n_active = np.bincount(pop.cl_caseworker, weights=active, minlength=n_cw)
        minutes *= n_active[pop.cl_caseworker] * base_minutes
        p_contact = np.minimum(1.0, minutes / CONTACT_MINUTES)
        contact = active & (rng.random(n_cl) < p_contact)
        tally.contact_time(t, minutes, active, perceived)
        idx = np.flatnonzero(contact)
        offsets = rng.integers(0, 27, idx.size).tolist()
        spent = np.maximum(5, 5 * np.round(minutes[idx] / p_contact[idx] / 5)).astype(int)
        days = [day0 + timedelta(days=d) for d in range(27)]
        events += [Event(days[d], cases[i].id, "contact", {"minutes": m})
                   for i, d, m in zip(idx.tolist(), offsets, spent.tolist(), strict=True)]
        # learning: contact moves the perception a little towards the truth
        perceived = np.where(contact, perceived + 0.05 * (pop.coop_true - perceived), perceived)
        due = active & (next_plan == t)
        for i in map(int, np.flatnonzero(due)):
            j = int(pop.cl_caseworker[i])
            actor = Actor(cw_names[j], float(comp[j]), float(pop.role[j]),
                          {k: float(strengths[k][j]) for k in STRATEGIES}, 1000 * sc.seed + j)
            occ = int(pop.occupation[i])
            person = Person(clients[i].first_name, clients[i].last_name, bool(pop.cl_female[i]),
                            CITIES[pop.city[i]], occ,
                            [f.value for f, o in zip(FIELDS, pop.obstacles[i], strict=True) if o],
                            clients[i].wishes, float(pop.coop_true[i]), float(perceived[i]),
                            float(minutes[i]))
            case = cases[i]
            day = max(case.opened_on + timedelta(days=7), day0 + timedelta(days=int(i % 25)))
            pv, evs, q = plan_round(case, day, regime, actor, person, sc.jobcenter_name,
                                    sc.qualitative_kpis, prng, int(sc.seed * 7_919 + i * 131 + t),
                                    sc.texts)
            events += evs
            tally.plan_round(pv, evs)
            if pv is None:
                next_plan[i] = t + 1
                continue
            case.plans.append(pv)
            plan_quality[i] = q
            review = pv.plan.review_date
            next_plan[i] = t + (_months_between(day, review) if review else 12)
            if any(e.kind in ("summons", "verpflichtung") for e in evs):
                strain[i] += 1.0
        _monthly_consequences(sc, rng, t, day0, regime, pop, cases, events, tally, active,
                              minutes, perceived, plan_quality, strain, strengths,
                              integrated, broken)
        strain *= 0.7
    records = build_records(sc, pop, clients, [cases[k] for k in sorted(cases)], cw_names, comp, restriction,
                            {k: v / sc.months for k, v in strength_sum.items()}, sim_caseload,
                            perceived)
    end = month_start(sc.start, sc.months) - timedelta(days=1)
    events.sort(key=lambda e: (e.date, e.case_id))
    return SimulationResult(sc.jobcenter_name, sc.seed, sc.start, end, sc.parameters(),
                            pop.teams, records[0], clients, records[1], events,
                            tally.outcomes(records[1], integrated, broken))


def _monthly_consequences(
    sc: Scenario, rng: np.random.Generator, t: int, day0: date, regime: Regime,
    pop: Population, cases: dict[int, Case], events: list[Event], tally: Tally, active: np.ndarray,
    minutes: np.ndarray, perceived: np.ndarray, plan_quality: np.ndarray, strain: np.ndarray,
    strengths: dict, integrated: np.ndarray, broken: np.ndarray,
) -> None:
    """Steps kept or missed, summons/Verpflichtung, contact breaks and integrations."""
    n = len(active)
    has_plan = active & (plan_quality > 0)
    keeps = rng.random(n) < pop.coop_true * (0.6 + 0.4 * plan_quality)
    missed = has_plan & ~keeps
    cw = pop.cl_caseworker
    p_enforce = strengths["precise_documentation"][cw] * (1.0 - perceived) * 0.15
    if regime is Regime.EGV:
        p_enforce = np.zeros(n)
    enforce = missed & (rng.random(n) < p_enforce)
    kind = "verpflichtung" if regime is Regime.GRUNDSICHERUNG else "summons"
    basis = "§ 15a Abs. 2 SGB II" if kind == "verpflichtung" else "§ 15 Abs. 5 SGB II"
    for i in map(int, np.flatnonzero(enforce)):
        events.append(Event(day0 + timedelta(days=int(rng.integers(5, 27))), cases[i].id, kind,
                            {"basis": basis, "reason": "vereinbarter Schritt nicht umgesetzt"}))
    strain += enforce
    tally.enforced(t, int(enforce.sum()))
    b = B.BINDINGNESS[regime]
    time = np.minimum(1.0, minutes / CONTACT_MINUTES)
    # assumption: breaks rise with low cooperation and conflict, fall with contact and quality
    p_break = 0.012 * (1.6 - pop.coop_true) * (1.0 + 0.8 * strain) * (1.3 - 0.6 * time)
    p_break *= (1.0 - 0.25 * b) * (1.2 - 0.4 * plan_quality)
    brk = active & (rng.random(n) < p_break)
    employability = np.exp(-0.3 * pop.obstacles.sum(axis=1))
    p_int = 0.03 * employability * (0.5 + pop.coop_true) * (0.6 + 0.8 * plan_quality)
    p_int *= 0.7 + 0.5 * time
    integ = active & ~brk & (rng.random(n) < p_int)
    for i in map(int, np.flatnonzero(brk)):
        events.append(Event(day0 + timedelta(days=int(rng.integers(0, 27))), cases[i].id,
                            "contact_break", {"perceived_cooperation": round(float(perceived[i]), 3)}))
        perceived[i] = max(0.0, perceived[i] - 0.1)
    for i in map(int, np.flatnonzero(integ)):
        day = day0 + timedelta(days=int(rng.integers(0, 27)))
        occ = occupation_name(int(pop.occupation[i]), bool(pop.cl_female[i]))
        events.append(Event(day, cases[i].id, "integration", {"occupation": occ}))
        cases[i].closed_on, cases[i].closed_reason = day, "integration"
    broken |= brk
    integrated |= integ
    tally.flows(t, regime, int(active.sum()), int(brk.sum()), int(integ.sum()))
