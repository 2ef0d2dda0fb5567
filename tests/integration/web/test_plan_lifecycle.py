"""Writing, agreeing, confirming, reviewing and continuing a plan, on the real database."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.domain.errors import ConflictError, ValidationError
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import PlanVersion
from augenhoehe.web.workspace.services import participation, plans
from augenhoehe.web.workspace.services.status import PlanStatus, status_of

pytestmark = pytest.mark.django_db
DAY = date(2026, 9, 1)


def _draft(world, steps=None):
    version = plans.start_draft(world.case_a, world.cw_nord, DAY)
    plans.save_draft(version, CooperationPlan(
        plan_date=DAY, goal="Verkäuferin in Teilzeit", review_date=date(2027, 2, 1),
        steps=steps or [
            Step("Sie bewerben sich bei Drogerien", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE,
                            frequency="zweimal im Monat"),
            Step("Wir übernehmen die Bewerbungskosten", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER),
        ]), version.revision, world.cw_nord)
    version.refresh_from_db()
    return version


def test_first_draft_gets_a_review_date_six_months_ahead(world):
    version = plans.start_draft(world.case_a, world.cw_nord, date(2026, 9, 1))
    assert version.review_date == date(2027, 3, 1)


def test_second_save_with_stale_revision_is_refused_and_first_save_is_kept(world):
    version = _draft(world)
    stale = version.revision
    plans.save_draft(version, CooperationPlan(plan_date=DAY, goal="Ziel von Fachkraft 1"), stale,
                     world.cw_nord)
    with pytest.raises(ConflictError):
        plans.save_draft(version, CooperationPlan(plan_date=DAY, goal="Ziel von Fachkraft 2"), stale,
                         world.cw_nord2)
    version.refresh_from_db()
    assert version.goal == "Ziel von Fachkraft 1"


def test_agreed_version_is_frozen(world):
    version = _draft(world)
    plans.agree(version, world.cw_nord, DAY)
    with pytest.raises(ValidationError, match="Fortschreibung"):
        plans.save_draft(version, CooperationPlan(plan_date=DAY, goal="anders"), version.revision,
                         world.cw_nord)


def test_plan_without_steps_cannot_be_agreed(world):
    version = plans.start_draft(world.case_a, world.cw_nord, DAY)
    with pytest.raises(ValidationError, match="mindestens einen Schritt"):
        plans.agree(version, world.cw_nord, DAY)


def test_client_cannot_confirm_a_draft(world):
    version = _draft(world)
    with pytest.raises(ValidationError, match="Entwurf"):
        plans.confirm_by_client(version, world.client_a)


def test_review_and_fortschreibung_keep_every_version_and_carry_open_steps(world):
    version = _draft(world)
    plans.agree(version, world.cw_nord, DAY)
    plans.confirm_by_client(version, world.client_a)
    done, open_ = version.steps.all()
    plans.record_review(version, world.cw_nord, date(2027, 1, 20), "Gut gelaufen",
                        {done.pk: ("done", "Drei Bewerbungen geschrieben"), open_.pk: ("not_done", "")})
    new = plans.continue_plan(version, world.cw_nord, date(2027, 1, 20))
    assert new.number == 2
    assert [s.text for s in new.steps.all()] == ["Wir übernehmen die Bewerbungskosten"]
    assert PlanVersion.objects.filter(plan__case=world.case_a).count() == 2
    old = PlanVersion.objects.get(plan__case=world.case_a, number=1)
    assert old.steps.get(pk=done.pk).review_outcome == "Drei Bewerbungen geschrieben"


def test_status_moves_from_agreed_to_due_to_overdue(world):
    version = _draft(world)
    plans.agree(version, world.cw_nord, DAY)
    plan = version.plan
    assert status_of(plan, version, date(2026, 12, 1)).status is PlanStatus.AGREED
    assert status_of(plan, version, date(2027, 1, 25)).status is PlanStatus.REVIEW_DUE
    assert status_of(plan, version, date(2027, 2, 2)).status is PlanStatus.REVIEW_OVERDUE


def test_deferral_is_a_status_of_its_own_with_its_reason(world):
    plans.defer(world.case_b, world.cw_nord, "Erst Wohnungsnot klären", date(2026, 10, 1))
    plan = world.case_b.plan
    assert status_of(plan, None, DAY).status is PlanStatus.DEFERRED
    assert plan.deferred_reason == "Erst Wohnungsnot klären"


def test_review_date_beyond_six_months_gives_a_warning():
    assert "sechs Monate" in plans.review_warning(date(2026, 9, 1), date(2027, 4, 1))
    assert plans.review_warning(date(2026, 9, 1), date(2027, 3, 1)) == ""


def test_accepted_client_proposal_becomes_a_step_written_by_the_client(world):
    version = _draft(world)
    proposal = participation.propose(version, world.client_a, "new_step", "Ich gehe zur Jobmesse am 12.10.")
    participation.answer_proposal(proposal, world.cw_nord, True, version)
    step = version.steps.get(text="Sie gehen zur Jobmesse am 12.10.")  # in the plan's voice
    assert step.author == "client"


def test_empty_and_huge_proposals_are_refused_in_german(world):
    version = _draft(world)
    with pytest.raises(ValidationError, match="Vorschlag"):
        participation.propose(version, world.client_a, "comment", "   ")
    with pytest.raises(ValidationError, match="höchstens"):
        participation.propose(version, world.client_a, "comment", "x" * 5000)


def test_open_proposal_survives_the_fortschreibung_and_is_shown_on_the_case_page(world):
    from django.test import Client as Browser

    version = _draft(world)
    plans.agree(version, world.cw_nord, DAY)
    participation.propose(version, world.client_a, "new_step", "Ich mache einen Erste-Hilfe-Kurs")
    plans.record_review(version, world.cw_nord, date(2027, 1, 20), "", {})
    plans.continue_plan(version, world.cw_nord, date(2027, 1, 20))
    browser = Browser()
    browser.force_login(world.cw_nord)
    assert "Ich mache einen Erste-Hilfe-Kurs" in browser.get(f"/faelle/{world.case_a.public_id}/").content.decode()


def test_reviewed_plan_waits_for_fortschreibung_without_a_past_review_date(world):
    version = _draft(world)
    plans.agree(version, world.cw_nord, DAY)
    plans.record_review(version, world.cw_nord, date(2027, 1, 20), "", {})
    info = status_of(version.plan, version, date(2027, 3, 1))
    assert info.status is PlanStatus.REVIEWED
    assert info.next_review is None
    with pytest.raises(ValidationError, match="schon gemeinsam überprüft"):
        plans.confirm_by_client(version, world.client_a)
