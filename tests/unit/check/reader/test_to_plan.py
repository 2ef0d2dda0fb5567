"""A legacy plan in text becomes a draft CooperationPlan with owners, sections and dates."""

from datetime import date

from augenhoehe.check.reader import read_text
from augenhoehe.check.reader.to_plan import reading_to_plan
from augenhoehe.domain.plan import Section, StepOwner

TEXT = """Eingliederungsvereinbarung vom 02.10.2025

Ziel: Arbeit als Lagerhelfer in Vollzeit.

Was Herr Brandt tut
- Herr Brandt bewirbt sich bis 31.10.2025 bei drei Logistikfirmen.

Was das Jobcenter tut
- Das Jobcenter übernimmt monatlich die Fahrtkosten.

Nächstes Gespräch: 15.01.2026
"""


def test_steps_keep_owner_section_and_time_and_dates_carry_over():
    plan = reading_to_plan(read_text(TEXT, today=date(2026, 11, 24)))
    assert plan.plan_date == date(2025, 10, 2) and plan.review_date == date(2026, 1, 15)
    assert "Lagerhelfer" in plan.goal
    client, jc = plan.steps
    assert (client.owner, client.section, client.due_date) == (
        StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE, date(2025, 10, 31))
    assert (jc.owner, jc.section, jc.frequency) == (StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER, "monatlich")


def test_text_without_steps_is_kept_for_the_caseworker_not_lost():
    plan = reading_to_plan(read_text("Herr Kaya war früher Koch in Kassel.", today=date(2026, 11, 24)))
    assert plan.steps == [] and "Koch in Kassel" in plan.other_notes
