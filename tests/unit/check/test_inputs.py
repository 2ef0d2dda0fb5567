"""A structured plan's § 15 Abs. 2 contents are part of what the checker reads."""

from __future__ import annotations

import json
from datetime import date

from tests.unit.check.helpers import TODAY

from augenhoehe.check import check_plan
from augenhoehe.check.inputs import load, with_content_slots
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner

SERVICE = "Wir übernehmen bis zum 30.11.2026 die Fahrtkosten zum Staplerkurs"


def _plan(**slots: str) -> CooperationPlan:
    return CooperationPlan(goal="Arbeit als Lagerist in Kassel", plan_date=date(2026, 9, 1),
                           review_date=date(2026, 12, 1), content_slots=slots,
                           steps=[Step("Sie machen den Staplerschein bei der DEKRA", due_date=date(2026, 11, 30))])


def _codes(plan: CooperationPlan) -> set[str]:
    return {f.code for f in check_plan(plan, today=TODAY).findings}


def test_jobcenter_services_in_the_contents_count_as_commitments_of_the_jobcenter():
    plan = _plan(eingliederungsleistungen=SERVICE)
    assert "GS101" in _codes(plan)  # without the contents, the Jobcenter promises nothing
    read = with_content_slots(plan)
    assert [(s.owner, s.section) for s in read.steps[1:]] == [(StepOwner.JOBCENTER,
                                                               Section.UNTERSTUETZUNG_JOBCENTER)]
    assert "GS101" not in _codes(read)
    assert SERVICE in check_plan(read, today=TODAY).text


def test_the_personal_offer_counts_for_the_jobcenter_and_own_efforts_for_the_person():
    plan = CooperationPlan(goal="Arbeit als Lagerist in Kassel", plan_date=date(2026, 9, 1),
                           content_slots={"persoenliches_angebot": "Wir vermitteln Ihnen bis 15.10.2026 ein Praktikum",
                                          "eigenbemuehungen": "Sie bewerben sich zweimal im Monat bei Lagern"})
    read = with_content_slots(plan)
    assert {s.owner for s in read.steps} == {StepOwner.JOBCENTER, StepOwner.CLIENT}
    assert "ZS101" in _codes(plan) and "ZS101" not in _codes(read)


def test_other_contents_are_read_as_notes_in_one_line_each():
    plan = _plan(reha="Ein Reha-Bedarf\nwird nach dem Gutachten geklärt.", taetigkeitsbereiche=" ")
    read = with_content_slots(plan)
    assert read.steps == plan.steps
    assert read.other_notes == "Ein Reha-Bedarf wird nach dem Gutachten geklärt."
    assert read.content_slots == plan.content_slots  # kept, so rules that look at them still see them


def test_a_plan_without_contents_is_read_as_it_is():
    plan = _plan()
    assert with_content_slots(plan) is plan


def test_a_json_plan_from_the_command_line_is_read_with_its_contents(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"schema": "augenhoehe.plan/1", "goal": "Arbeit als Lagerist",
                                "plan_date": "2026-09-01", "content_slots": {"eingliederungsleistungen": SERVICE},
                                "steps": [{"text": "Sie machen den Staplerschein", "due_date": "2026-11-30"}]}),
                    encoding="utf-8")
    plan = load(path).plan
    assert plan is not None and plan.steps[-1].text == SERVICE and plan.steps[-1].owner == StepOwner.JOBCENTER
