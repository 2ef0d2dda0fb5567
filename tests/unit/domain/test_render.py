"""The plan as plain text: deadlines once, § 15 Abs. 2 contents on request."""

from __future__ import annotations

from datetime import date

from augenhoehe.domain.plan import CooperationPlan, Step
from augenhoehe.domain.render import plan_to_text, step_line


def test_a_deadline_the_text_already_names_is_not_repeated() -> None:
    step = Step("Sie legen drei Bewerbungen vor bis 10.12.2026", due_date=date(2026, 12, 10))
    assert step_line(step) == "- Sie legen drei Bewerbungen vor bis 10.12.2026."
    assert "bis 10.12.2026 bis" not in step_line(step)


def test_a_deadline_missing_from_the_text_is_added() -> None:
    assert step_line(Step("Sie bewerben sich", due_date=date(2026, 12, 10))) == "- Sie bewerben sich bis 10.12.2026."


def test_the_version_text_shows_the_content_slots_with_their_labels() -> None:
    plan = CooperationPlan(goal="Pflege", plan_date=date(2026, 9, 1),
                           content_slots={"eigenbemuehungen": "Zwei Bewerbungen im Monat, Liste"})
    text = plan_to_text(plan, with_slots=True)
    assert "Eigenbemühungen (mindestens) und wie sie gezeigt werden\nZwei Bewerbungen im Monat, Liste" in text
    assert "Zwei Bewerbungen" not in plan_to_text(plan)
