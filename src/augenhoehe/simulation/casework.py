"""One plan round in a case: strategies applied, intended quality, plan text, deferral, events."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation.model import Case, Event, PlanVersion
from augenhoehe.simulation.plans import PlanContext, build_plan
from augenhoehe.simulation.quality import intended_quality
from augenhoehe.simulation.texts import plan_letter

DEFERRALS = {
    "no_show": "Termin nicht wahrgenommen, Plan nicht erstellt",
    "schlichtung": "Kein Einvernehmen – Schlichtung verlangt (§ 15a SGB II); Einigung im "
                   "Schlichtungsverfahren",
    "summons": "Kein Einvernehmen – Aufforderung zur Mitwirkung mit Rechtsfolgenbelehrung "
               "(§ 15 Abs. 6 SGB II)",
    "verpflichtung": "Kein Einvernehmen – Pflichten per Verwaltungsakt festgelegt "
                     "(§ 15a Abs. 3 SGB II)",
    "egv_va": "Kein Einvernehmen – Eingliederungsvereinbarung durch Verwaltungsakt ersetzt "
              "(§ 15 SGB II a. F.)",
}
SCHLICHTUNG_SHARE = 0.08
"""Assumption: share of disagreements under Bürgergeld that lead to a Schlichtung (rare in
practice: about 200 in 87 Jobcenters from 7/2023 to 1/2025, domain brief 1.2)."""


@dataclass
class Actor:
    """The caseworker's state in this month, as plain floats."""

    name: str
    competence: float
    role: float
    strengths: dict[str, float]
    template_seed: int


@dataclass
class Person:
    """The client's state in this month."""

    first: str
    last: str
    female: bool
    city: str
    occupation: int
    obstacles: list[str]
    wishes: str
    coop_true: float
    perceived: float
    minutes: float


def plan_round(
    case: Case, day: date, regime: Regime, actor: Actor, person: Person, jobcenter: str,
    qualitative_kpis: bool, rng: random.Random, seed: int, texts: bool,
) -> tuple[PlanVersion | None, list[Event], float]:
    """Write (or fail to agree) the next plan version; return it, its events and mean quality.

    A no-show returns no version (the round is repeated next month).
    """
    events: list[Event] = []
    if rng.random() < 0.1 * (1.0 - person.coop_true):
        events.append(Event(day, case.id, "contact", {"minutes": 0, "no_show": True}))
        if regime is Regime.GRUNDSICHERUNG and rng.random() < 0.3 + 0.5 * actor.role:
            events.append(Event(day + timedelta(days=7), case.id, "verpflichtung",
                                {"basis": "§ 15a Abs. 1 SGB II", "reason": DEFERRALS["no_show"]}))
        return None, events, 0.0
    s = actor.strengths
    applied = set()
    if rng.random() < s["pro_forma"]:
        applied.add("pro_forma")
    if rng.random() < s["precise_documentation"] * (1.0 - person.perceived):
        applied.add("precise_documentation")
    if rng.random() < s["egv_habits"]:
        applied.add("egv_habits")
    if s["creaming"] > 0.3 and person.perceived < 0.45:
        applied.add("creaming")
    if "pro_forma" in applied:  # the caseworker's template: same choices for every client
        applied = {"pro_forma"}
        q = intended_quality(actor.competence, actor.role, 20.0, regime, applied,
                             qualitative_kpis, random.Random(actor.template_seed))
    else:
        q = intended_quality(actor.competence, actor.role, person.minutes, regime, applied,
                             qualitative_kpis, rng)
    ctx = PlanContext(day, regime, person.occupation, person.city, person.obstacles,
                      person.wishes, actor.name, q,
                      actor.template_seed if "pro_forma" in applied else -1, person.female,
                      "precise_documentation" in applied)
    plan = build_plan(ctx, seed)
    cooperative = q["kooperative_sprache"] >= 0.5
    text = ""
    if texts:
        text = plan_letter(plan, (person.first, person.last, person.female), actor.name,
                           jobcenter, seed + 1, cooperative, regime)
    version = len(case.plans) + 1
    concluded: date | None = day
    reason = ""
    p_disagree = 0.02 + 0.08 * (1.0 - person.coop_true) + 0.06 * (1.0 - q["beteiligung"])
    if "pro_forma" in applied:
        p_disagree *= 0.5  # the template is signed off quickly to meet the quota
    if rng.random() < p_disagree:
        if regime is Regime.BUERGERGELD and rng.random() < SCHLICHTUNG_SHARE:
            reason = DEFERRALS["schlichtung"]
            concluded = day + timedelta(days=rng.randrange(10, 29))
            events.append(Event(day + timedelta(days=2), case.id, "schlichtung",
                                {"version": version, "ends_on": concluded.isoformat()}))
        elif regime is Regime.BUERGERGELD:
            reason, concluded = DEFERRALS["summons"], None
            events.append(Event(day + timedelta(days=3), case.id, "summons",
                                {"basis": "§ 15 Abs. 6 SGB II", "version": version}))
        elif regime is Regime.GRUNDSICHERUNG:
            reason, concluded = DEFERRALS["verpflichtung"], None
            events.append(Event(day + timedelta(days=3), case.id, "verpflichtung",
                                {"basis": "§ 15a Abs. 3 SGB II", "version": version}))
        else:
            reason, concluded = DEFERRALS["egv_va"], None
    kind = "plan" if version == 1 else "review"
    detail: dict = {"version": version, "minutes": int(round(20 + 25 * q["beteiligung"]))}
    if kind == "review":
        detail["previous_review_date"] = (case.plans[-1].plan.review_date.isoformat()
                                         if case.plans[-1].plan.review_date else None)
    events.append(Event(day, case.id, kind, detail))
    pv = PlanVersion(
        version=version, regime=regime.value, plan=plan, text=text, concluded_on=concluded, deferral_reason=reason,
        intended_quality={k: int(round(100 * v)) for k, v in q.items()},
        strategies_applied=sorted(applied),
        template_id=f"tpl-{actor.template_seed}" if "pro_forma" in applied else "",
    )
    return pv, events, sum(q.values()) / len(q)
