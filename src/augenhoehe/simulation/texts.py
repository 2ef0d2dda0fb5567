"""Render a simulated plan as the letter a person receives (header, plan body, contact)."""

from __future__ import annotations

import random

from augenhoehe.domain.dates import format_date
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.domain.regimes import Regime
from augenhoehe.domain.render import plan_to_text, step_line

SALUTATIONS = (
    "Guten Tag {title} {last},",
    "Sehr geehrte{r} {title} {last},",
    "Hallo {title} {last},",
    "",
)
INTROS = {
    "coop": (
        "wir haben heute gemeinsam Ihren Plan besprochen. Hier steht, was wir vereinbart haben.",
        "hier ist unser gemeinsamer Plan. Er hilft uns beiden, den Überblick zu behalten.",
        "danke für das Gespräch. Das haben wir zusammen festgehalten:",
    ),
    "directive": (
        "nachfolgend erhalten Sie die mit Ihnen getroffenen Festlegungen.",
        "Ihnen werden folgende Pflichten und Leistungen mitgeteilt.",
    ),
}


def plan_letter(
    plan: CooperationPlan,
    client_name: tuple[str, str, bool],
    caseworker_name: str,
    jobcenter: str,
    seed: int,
    cooperative: bool,
    regime: Regime,
) -> str:
    """Return the full text: header and salutation, then domain.render.plan_to_text's body.

    The body is produced by plan_to_text, so the text always matches the structured plan.
    """
    rng = random.Random(seed)
    first, last, female = client_name
    name = "Eingliederungsvereinbarung" if regime is Regime.EGV else "Kooperationsplan"
    head = [jobcenter, f"{name} vom {format_date(plan.plan_date)}" if plan.plan_date else name,
            f"für {first} {last}", ""]
    salutation = rng.choice(SALUTATIONS)
    if salutation:
        title = "Frau" if female else "Herr"
        text = salutation.format(title=title, last=last, r="" if female else "r")
        head += [text, rng.choice(INTROS["coop" if cooperative else "directive"]), ""]
    if plan.client_wishes:
        head += ["Das ist Ihnen wichtig", plan.client_wishes, ""]
    body = plan_to_text(plan).split("\n")
    proofs = {step_line(s): s.evidence for s in plan.steps if s.evidence}
    body = [f"{line} Nachweis: {proofs[line]}." if line in proofs else line for line in body]
    if body and body[0].startswith("Kooperationsplan vom"):
        body = body[2:]
    footer = ["", f"Ihre Ansprechperson: {caseworker_name}"]
    if regime is Regime.EGV:
        footer += ["", "Unterschrift Kundin/Kunde: ______________   Unterschrift Jobcenter: "
                   "______________"]
    return "\n".join(head + body).rstrip() + "\n" + "\n".join(footer) + "\n"
