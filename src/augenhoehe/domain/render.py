"""Render a plan as the plain German text a person reads (BA template order)."""

from __future__ import annotations

from augenhoehe.domain.dates import format_date
from augenhoehe.domain.plan import SECTION_LABELS, STEP_SECTIONS, CooperationPlan, Section, Step


def step_line(step: Step) -> str:
    """One step as a sentence with its deadline or frequency."""
    parts = [step.text.strip().rstrip(".")]
    if step.due_date:
        parts.append(f"bis {format_date(step.due_date)}")
    if step.frequency:
        parts.append(f"({step.frequency.strip()})")
    return "- " + " ".join(parts) + "."


def plan_to_text(plan: CooperationPlan) -> str:
    """Return the plan as text with the BA rubrics as headings."""
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
    if plan.review_date:
        lines += ["Überprüfung", f"Wir besprechen den Plan gemeinsam am {format_date(plan.review_date)}.", ""]
    return "\n".join(lines).strip() + "\n"
