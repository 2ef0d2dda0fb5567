"""Plan flags: commitments, operationalised steps, sanction and directive language."""

from __future__ import annotations

import datetime as dt

from augenhoehe.domain.plan import CooperationPlan, Step, StepOwner
from augenhoehe.monitoring.flags import language_flags, plan_flags


def _plan(jc: bool) -> CooperationPlan:
    steps = [Step("Sie bewerben sich bei der Firma Berger", due_date=dt.date(2025, 3, 1)),
             Step("Sie melden sich zum Kurs an", frequency="einmal")]
    if jc:
        steps.append(Step("Wir übernehmen die Kursgebühr", owner=StepOwner.JOBCENTER,
                          due_date=dt.date(2025, 2, 1)))
    return CooperationPlan(goal="Lagerlogistik", interim_goal="Staplerschein", steps=steps)


def test_commitments_and_operationalised_steps() -> None:
    good, bare = plan_flags(_plan(True), ""), plan_flags(_plan(False), "")
    assert good.operationalised and good.jc_as_concrete and good.n_jc_steps == 1
    assert not bare.jc_as_concrete and bare.n_jc_steps == 0
    assert good.content_hash != bare.content_hash
    assert plan_flags(_plan(True), "").content_hash == good.content_hash


def test_language_flags() -> None:
    sanction, share = language_flags("Sie haben Nachweise vorzulegen. Wir treffen uns im Mai.")
    assert not sanction and share == 0.5
    sanction, _ = language_flags("Rechtsfolgenbelehrung: Bei Verstoß droht eine Minderung.")
    assert sanction


def test_shares_follow_the_checkers_indicators_on_the_same_plans() -> None:
    """One definition: a plan counts as operationalised / as concrete exactly when its bar is 'met'."""
    from augenhoehe.check import check_plan
    from augenhoehe.check.model import MET

    for plan in (_plan(True), _plan(False), CooperationPlan(goal="Arbeit", steps=[])):
        scores = check_plan(plan).scores
        flags = plan_flags(plan, "", scores)
        assert flags.operationalised == (scores["zwischenschritte"] >= MET)
        assert flags.jc_as_concrete == (scores["gegenseitigkeit"] >= MET)
    empty = check_plan(CooperationPlan(goal="Arbeit", steps=[])).scores
    assert not plan_flags(CooperationPlan(goal="Arbeit", steps=[]), "", empty).operationalised
