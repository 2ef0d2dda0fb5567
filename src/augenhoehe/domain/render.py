"""Render a plan as the plain German text a person reads (BA template order)."""

from __future__ import annotations

from datetime import date

from augenhoehe.domain.dates import format_date
from augenhoehe.domain.plan import SECTION_LABELS, STEP_SECTIONS, CooperationPlan, Section, Step
from augenhoehe.domain.regimes import regime_on, rules_for


def names_deadline(text: str, day: date | None) -> bool:
    """True when a step's text already names its due date (then it is not added a second time)."""
    if not day:
        return False
    spellings = {format_date(day), f"{day.day}.{day.month}.{day.year}", day.isoformat()}
    return any(s in text for s in spellings)


def step_line(step: Step) -> str:
    """One step as a sentence with its deadline (unless the text names it) or frequency."""
    parts = [step.text.strip().rstrip(".")]
    if step.due_date and not names_deadline(step.text, step.due_date):
        parts.append(f"bis {format_date(step.due_date)}")
    if step.frequency:
        parts.append(f"({step.frequency.strip()})")
    return "- " + " ".join(parts) + "."


def content_slot_rows(plan: CooperationPlan) -> list[tuple[str, str]]:
    """The filled § 15 Abs. 2 contents as (label, text), in the order of the plan's regime."""
    slots = rules_for(regime_on(plan.plan_date)).content_slots if plan.plan_date else ()
    known = {s.key: s.label for s in slots}
    rows = [(known[k], plan.content_slots[k].strip()) for k in known if plan.content_slots.get(k, "").strip()]
    rows += [(k, v.strip()) for k, v in plan.content_slots.items() if k not in known and v.strip()]
    return rows


def plan_to_text(plan: CooperationPlan, with_slots: bool = False) -> str:
    """Return the plan as text with the BA rubrics as headings (with the § 15 Abs. 2 contents on request).

    The checker renders the plan without them: `check.inputs.with_content_slots` first makes each content a
    step of its side or a note, so they are read under the rubrics the checker knows.
    """
    lines: list[str] = []
    if plan.plan_date:
        lines.append(f"Kooperationsplan vom {format_date(plan.plan_date)}")
        lines.append("")
    for section, value in (
        (Section.BERUFSZIEL, plan.goal),
        (Section.ZWISCHENZIEL, plan.interim_goal),
    ):
        if value.strip():
            lines += [SECTION_LABELS[section], value.strip(), ""]
    for section in STEP_SECTIONS:
        steps = plan.steps_in(section)
        if steps:
            lines.append(SECTION_LABELS[section])
            lines += [step_line(s) for s in steps]
            lines.append("")
    if plan.other_notes.strip():
        lines += [SECTION_LABELS[Section.SONSTIGES], plan.other_notes.strip(), ""]
    if with_slots:
        for label, text in content_slot_rows(plan):
            lines += [label, text, ""]
    if plan.review_date:
        lines += ["Überprüfung", f"Wir besprechen den Plan gemeinsam am {format_date(plan.review_date)}.", ""]
    return "\n".join(lines).strip() + "\n"
