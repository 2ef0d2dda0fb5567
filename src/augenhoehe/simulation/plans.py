"""Build a domain CooperationPlan from a client's situation and the intended quality."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from string import Formatter

from augenhoehe.domain.dates import add_months
from augenhoehe.domain.lifecycle import default_review_date
from augenhoehe.domain.plan import Author, CooperationPlan, Section, Step, StepOwner
from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation import phrases as P
from augenhoehe.simulation.lexicon import CARRIERS, LANGUAGE_COURSES, OCCUPATIONS, OTHER_AGENCIES


@dataclass
class PlanContext:
    """What the caseworker knows when writing the plan."""

    plan_date: date
    regime: Regime
    occupation: int
    city: str
    obstacles: list[str]
    wishes: str
    caseworker: str
    quality: dict[str, float]
    template_seed: int = -1
    """≥ 0: pro-forma plan copied from the caseworker's template."""
    female: bool = False
    precise: bool = False
    """Documenting precisely to prepare an Aufforderung: every client step dated, with proof."""


_CONTRACT = (("bei dem ", "beim "), ("zu dem ", "zum "), ("zu der ", "zur "), ("von dem ", "vom "))
_FEMININE = (("Der Kunde ", "Die Kundin "), ("Der Leistungsberechtigte ", "Die Leistungsberechtigte "),
             ("des Kunden", "der Kundin"), ("den Kunden", "die Kundin"),
             (" seine ", " ihre "), (" seines ", " ihres "), (" seiner ", " ihrer "),
             (" seinen ", " ihren "))
_FIRST_PERSON = (("Möchte ", "Ich möchte "), ("Wünscht sich ", "Ich wünsche mir "),
                 ("Will ", "Ich will "), ("Sucht ", "Ich suche "), ("Wunsch: ", "Mein Wunsch: "))


def occupation_name(occ: int, female: bool) -> str:
    """The occupation in the person's gendered form ("Pflegehelferin" / "Pflegehelfer")."""
    name = OCCUPATIONS[occ][0]
    if "/" not in name:
        return name
    f, m = name.split("/", 1)
    return f if female else m


def first_person(wishes: str) -> str:
    """Turn the Potenzialanalyse note ("Möchte …") into the person's own words."""
    for a, b in _FIRST_PERSON:
        if wishes.startswith(a):
            return b + wishes[len(a):]
    return wishes


def _gendered(text: str, female: bool) -> str:
    if " de" in text or " von dem" in text:
        for a, b in _CONTRACT:
            text = text.replace(a, b)
    if "Kund" not in text and "Leistungsber" not in text:
        return text
    pairs = _FEMININE if female else tuple((b, a) for a, b in _FEMININE)
    for a, b in pairs:
        text = text.replace(a, b)
    return text


@lru_cache(maxsize=4096)
def _fields(template: str) -> tuple[str, ...]:
    """Placeholders in order of appearance (a set would make the draws depend on hashing)."""
    return tuple(dict.fromkeys(name for _t, name, _s, _c in Formatter().parse(template) if name))


def _day(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _fill(rng: random.Random, template: str, ctx: PlanContext, occ: int, **extra: str) -> str:
    """Fill a phrase template; only the placeholders it uses are drawn."""
    _name, field, courses, employers = OCCUPATIONS[occ]
    values: dict[str, str] = {}
    for key in _fields(template):
        if key in extra:
            values[key] = extra[key]
        elif key == "occ":
            values[key] = occupation_name(occ, ctx.female)
        elif key == "field":
            values[key] = field
        elif key == "city":
            values[key] = ctx.city
        elif key == "employer":
            values[key] = rng.choice(employers)
        elif key == "course":
            values[key] = rng.choice(courses)
        elif key == "carrier":
            values[key] = rng.choice(CARRIERS)
        elif key == "lang":
            values[key] = ("Berufssprachkurs B1" if "language" not in ctx.obstacles
                           else rng.choice(LANGUAGE_COURSES[:3]))
        elif key == "n":
            values[key] = str(rng.choice((2, 3, 3, 4, 4, 5, 6)))
        elif key == "cw":
            values[key] = ctx.caseworker
        elif key == "year":
            values[key] = str(ctx.plan_date.year + (ctx.plan_date.month >= 8))
        elif key == "date":
            values[key] = _day(ctx.plan_date + timedelta(days=rng.randrange(14, 80)))
        elif key == "date_late":
            values[key] = _day(ctx.plan_date + timedelta(days=rng.randrange(45, 120)))
    text = template.format(**values)
    return _gendered(text[0].upper() + text[1:], ctx.female)


def _due(rng: random.Random, ctx: PlanContext) -> date:
    return ctx.plan_date + timedelta(days=rng.randrange(10, 90))


def _client_steps(rng: random.Random, ctx: PlanContext, occ: int, q: dict[str, float]) -> list:
    steps: list[Step] = []
    style = "coop" if rng.random() < q["kooperative_sprache"] else "directive"
    n_steps = 1 + round(3 * q["zwischenschritte"] * rng.uniform(0.7, 1.2))
    concrete = ctx.precise or rng.random() < q["ausformulierung"]
    target = occ
    if rng.random() < (1 - q["kohaerenz"]) * 0.5:
        target = rng.randrange(len(OCCUPATIONS))  # steps aimed at another occupation
    template = rng.choice(P.APPLY[(style, concrete)])
    text = _fill(rng, template, ctx, target)
    freq = rng.choice(P.APPLY_FREQ) if "{n}" in template and "monat" not in text.lower() else ""
    steps.append(Step(text, StepOwner.CLIENT, frequency=freq))
    addressed = [o for o in ctx.obstacles if rng.random() < q["kohaerenz"]]
    for field in addressed[: max(0, n_steps - 1)]:
        conc = ctx.precise or rng.random() < q["ausformulierung"]
        if style == "directive" and rng.random() < 0.7:
            t = rng.choice(P.OBSTACLE_STEPS_DIRECTIVE[field])
        else:
            t = rng.choice(P.OBSTACLE_STEPS[field])
        text = _fill(rng, t, ctx, occ)
        dated = conc and "," not in text  # "bis <Datum>" after a subordinate clause reads badly
        steps.append(Step(text, StepOwner.CLIENT, due_date=_due(rng, ctx) if dated else None))
    if len(steps) < n_steps:
        conc = ctx.precise or rng.random() < q["ausformulierung"]
        t = rng.choice(P.COURSE[(style, conc)])
        steps.append(Step(_fill(rng, t, ctx, occ), StepOwner.CLIENT))
    return steps


def _jobcenter_steps(rng: random.Random, ctx: PlanContext, occ: int, q: dict[str, float]) -> list:
    g = q["gegenseitigkeit"]
    count = round(3 * g * rng.uniform(0.6, 1.3))
    if count == 0 and g > 0.2:
        count = 1
    out = []
    concrete = rng.random() < g
    for t in rng.sample(P.JOBCENTER[concrete], min(count, 4)):
        due = _due(rng, ctx) if concrete and "{date}" not in t and rng.random() < 0.3 else None
        out.append(Step(_fill(rng, t, ctx, occ), StepOwner.JOBCENTER,
                        Section.UNTERSTUETZUNG_JOBCENTER, due_date=due))
    return out


def _other_steps(rng: random.Random, ctx: PlanContext, q: dict[str, float]) -> list:
    out = []
    for field in ctx.obstacles:
        if field in OTHER_AGENCIES and rng.random() < q["kohaerenz"] * 0.6:
            nominative, dative = rng.choice(OTHER_AGENCIES[field])
            t = rng.choice(P.OTHER_AGENCY_STEPS).format(agency=nominative, agency_dat=dative)
            t = _gendered(t[0].upper() + t[1:], ctx.female)
            out.append(Step(t, StepOwner.OTHER_AGENCY, Section.UNTERSTUETZUNG_ANDERE))
    return out[:2]


def _review(rng: random.Random, ctx: PlanContext, q: float) -> tuple[date | None, str]:
    if q >= 0.5:
        return add_months(ctx.plan_date, rng.choice((2, 3, 3, 4, 6))), ""
    if q >= 0.25:
        return default_review_date(ctx.plan_date), ""  # the latest the law allows
    if rng.random() < 0.5:
        return None, rng.choice(P.NOTE_REVIEW_VAGUE)
    return add_months(ctx.plan_date, rng.choice((9, 12))), ""


def build_plan(ctx: PlanContext, seed: int) -> CooperationPlan:
    """Write one plan; every choice follows the intended quality in ctx.quality."""
    q = ctx.quality
    rng = random.Random(seed)
    pro_forma = ctx.template_seed >= 0
    occ = ctx.occupation
    if pro_forma:  # the template: same choices for the whole caseload, only dates differ
        rng = random.Random(ctx.template_seed)
        occ = ctx.template_seed % len(OCCUPATIONS)
        ctx = PlanContext(ctx.plan_date, ctx.regime, occ, ctx.city, [], "", ctx.caseworker, q,
                          female=ctx.female)
    specific = rng.random() < q["aussagekraft"]
    voice = q["beteiligung"] >= 0.6 and ctx.wishes
    if voice and rng.random() < 0.6:
        goal, goal_author = _fill(rng, rng.choice(P.GOALS_CLIENT), ctx, occ), Author.CLIENT
    elif specific:
        goal, goal_author = _fill(rng, rng.choice(P.GOALS_CONCRETE), ctx, occ), Author.CASEWORKER
    else:
        goal, goal_author = rng.choice(P.GOALS_GENERIC), Author.CASEWORKER
    zs = q["zwischenschritte"]
    interim = ""
    if zs >= 0.5:
        interim = _fill(rng, rng.choice(P.INTERIM_CONCRETE), ctx, occ)
    elif zs >= 0.25:
        interim = rng.choice(P.INTERIM_VAGUE)
    steps = _client_steps(rng, ctx, occ, q)
    if ctx.precise:
        for step in steps:
            kind = ("apply" if "ewerb" in step.text
                    else "course" if "„" in step.text or "kurs" in step.text else "other")
            step.evidence = rng.choice(P.EVIDENCE[kind])
            dated = any(ch.isdigit() for ch in step.text) or "," in step.text
            if step.due_date is None and not step.frequency and not dated:
                step.due_date = _due(rng, ctx)
    if voice:
        steps.append(Step(_fill(rng, rng.choice(P.CLIENT_VOICE_STEPS), ctx, occ),
                          StepOwner.CLIENT, author=Author.CLIENT))
    steps += _jobcenter_steps(rng, ctx, occ, q) + _other_steps(rng, ctx, q)
    review, review_note = _review(rng, ctx, q["nachhaltung"])
    notes = [review_note] if review_note else []
    if q["kooperative_sprache"] >= 0.6 and rng.random() < 0.6:
        notes.append(rng.choice(P.NOTES_COOP))
    if q["verstaendlichkeit"] < 0.5:
        notes.append(rng.choice(P.NOTES_NOMINAL))
    if q["sanktionsfreiheit"] < 0.5:
        pool = P.SANCTION_EGV if ctx.regime is Regime.EGV else P.SANCTION_HABIT[
            "grundsicherung" if ctx.regime is Regime.GRUNDSICHERUNG else "buergergeld"]
        notes.append(rng.choice(pool))
    slots = {"eigenbemuehungen": steps[0].text}
    if specific:
        slots["taetigkeitsbereiche"] = occupation_name(occ, ctx.female)
    return CooperationPlan(
        goal=goal, interim_goal=interim, steps=steps, other_notes="\n".join(notes),
        plan_date=ctx.plan_date, review_date=review, content_slots=slots,
        goal_author=goal_author, client_wishes=first_person(ctx.wishes) if q["beteiligung"] >= 0.35 else "",
    )
