"""Mechanisms: creaming shifts contact time, levers move strategies and plan quality."""

from __future__ import annotations

import numpy as np

from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation import Scenario
from augenhoehe.simulation.behaviour import perceived_restriction, strategy_strengths

from .conftest import run


def test_with_creaming_contact_time_rises_with_perceived_cooperation():
    minutes = run(creaming=True, quota_pressure=0.9).outcomes[
        "contact_minutes_by_perceived_quintile"]
    assert all(a < b for a, b in zip(minutes, minutes[1:], strict=False))
    assert minutes[-1] > 1.3 * minutes[0]


def test_without_creaming_contact_time_does_not_depend_on_perceived_cooperation():
    minutes = run(creaming=False, quota_pressure=0.9).outcomes[
        "contact_minutes_by_perceived_quintile"]
    assert max(minutes) - min(minutes) < 0.01 * max(minutes)


def test_non_binding_plan_restricts_compliance_oriented_caseworkers_more():
    sc = Scenario()
    role = np.array([0.1, 0.9])
    comp = np.array([0.5, 0.5])
    load = np.ones(2)
    egv = perceived_restriction(sc, role, comp, load, Regime.EGV)
    bg = perceived_restriction(sc, role, comp, load, Regime.BUERGERGELD)
    assert bg[1] - bg[0] > 0.5
    assert abs(egv[1] - egv[0]) < 1e-9


def test_qualitative_key_figures_reduce_pro_forma_plans():
    sc_quota = Scenario(quota_pressure=0.9)
    sc_kpi = Scenario(quota_pressure=0.9, qualitative_kpis=True)
    args = (np.array([0.5]), np.array([0.5]), np.ones(1), np.array([0.3]),
            Regime.BUERGERGELD, 12)
    assert (strategy_strengths(sc_kpi, *args)["pro_forma"][0]
            < 0.5 * strategy_strengths(sc_quota, *args)["pro_forma"][0])


def test_training_raises_competence_and_plan_quality():
    without = run(training=0.0)
    with_training = run(training=1.0)
    mean = np.mean([w.self_efficacy for w in without.caseworkers])
    assert np.mean([w.self_efficacy for w in with_training.caseworkers]) > mean + 0.1
    q0, q1 = without.outcomes["quality_mean"], with_training.outcomes["quality_mean"]
    assert q1["beteiligung"] > q0["beteiligung"]


def test_quota_pressure_produces_template_plans_and_fewer_with_kpis():
    quota = run(quota_pressure=1.0, caseload=150)
    kpi = run(quota_pressure=1.0, caseload=150, qualitative_kpis=True)
    assert quota.outcomes["share_pro_forma"] > 2 * kpi.outcomes["share_pro_forma"]
    assert quota.outcomes["quality_mean"]["aussagekraft"] < kpi.outcomes["quality_mean"][
        "aussagekraft"]


def test_precise_documentation_plans_demand_proof_for_every_client_step():
    result = run(role_orientation_mean=0.85, texts=True)
    precise = [pv for c in result.cases for pv in c.plans
               if "precise_documentation" in pv.strategies_applied]
    assert precise
    for pv in precise:
        own = [s for s in pv.plan.steps
               if s.owner.value == "client" and s.author.value == "caseworker"]
        assert own and all(s.evidence for s in own)
        assert all(f"Nachweis: {s.evidence}." in pv.text for s in own)


def test_summons_after_missed_steps_come_only_from_precise_documentation():
    def after_missed_steps(result):
        return [e for e in result.events
                if e.kind == "summons" and e.detail["basis"] == "§ 15 Abs. 5 SGB II"]

    assert after_missed_steps(run(role_orientation_mean=0.85))
    assert not after_missed_steps(run(role_orientation_mean=0.85, precise_documentation=False))


def _strengths(regime=Regime.BUERGERGELD, load=1.0, **levers):
    sc = Scenario(**levers)
    role, comp, loads = np.array([0.6]), np.array([0.55]), np.array([load])
    restriction = perceived_restriction(sc, role, comp, loads, regime)
    return {k: float(v[0]) for k, v in
            strategy_strengths(sc, role, comp, loads, restriction, regime, 6).items()}


def test_caseload_and_quota_reinforce_creaming_and_discourse_damps_it():
    base = _strengths(quota_pressure=0.3)["creaming"]
    assert _strengths(quota_pressure=0.9, load=1.5)["creaming"] > base + 0.2
    assert _strengths(quota_pressure=0.3, differentiation_discourse=1.0)["creaming"] < base - 0.2


def test_transparency_damps_precise_documentation_which_needs_a_non_binding_plan():
    assert _strengths(Regime.EGV)["precise_documentation"] == 0.0
    base = _strengths()["precise_documentation"]
    assert _strengths(transparency=1.0)["precise_documentation"] < base - 0.2
    assert _strengths(Regime.GRUNDSICHERUNG)["precise_documentation"] < base


def test_egv_habits_fade_after_the_reform_and_with_training():
    sc = Scenario()
    args = (np.array([0.8]), np.array([0.3]), np.ones(1), np.array([0.5]), Regime.BUERGERGELD)
    early = strategy_strengths(sc, *args, 0)["egv_habits"][0]
    late = strategy_strengths(sc, *args, 36)["egv_habits"][0]
    trained = strategy_strengths(Scenario(training=1.0), *args, 0)["egv_habits"][0]
    assert late < 0.5 * early and trained < early
