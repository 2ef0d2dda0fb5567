"""Summons are separate documents; Schlichtung and Verpflichtung follow the law of the day."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.domain.errors import NotAllowedUnderRegime, ValidationError
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.services import obligations, plans

pytestmark = pytest.mark.django_db


def _agreed_step(world, day):
    version = plans.start_draft(world.case_a, world.cw_nord, day)
    plans.save_draft(version, CooperationPlan(
        plan_date=day, goal="Lagerist",
        steps=[Step("Sie bewerben sich bei Logistikfirmen", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)]),
        version.revision, world.cw_nord)
    version.refresh_from_db()
    plans.agree(version, world.cw_nord, day)
    return version.steps.get()


def test_verpflichtung_must_state_frequency_form_and_deadline(world):
    step = _agreed_step(world, date(2026, 8, 1))
    with pytest.raises(ValidationError, match="Häufigkeit.*Form des Nachweises.*Frist"):
        obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
            kind="verpflichtung", step_id=step.pk, issued_on=date(2026, 9, 1),
            obligation="Zwei Bewerbungen"))


def test_verpflichtung_is_not_available_before_neue_grundsicherung(world):
    step = _agreed_step(world, date(2025, 8, 1))
    with pytest.raises(NotAllowedUnderRegime, match="01.07.2026"):
        obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
            kind="verpflichtung", step_id=step.pk, issued_on=date(2025, 9, 1), obligation="x",
            frequency="monatlich", proof_form="Liste", proof_deadline=date(2025, 10, 1)))


def test_summons_is_its_own_document_tied_to_the_plan_step(world):
    step = _agreed_step(world, date(2026, 8, 1))
    summons = obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
        kind="verpflichtung", step_id=step.pk, issued_on=date(2026, 9, 1),
        obligation="Zwei Bewerbungen im Monat", frequency="zweimal im Monat",
        proof_form="Kopien der Bewerbungen", proof_deadline=date(2026, 10, 1)))
    assert summons.step == step
    assert "Rechtsfolgenbelehrung" in summons.legal_consequences
    assert "30 Prozent" in summons.legal_consequences
    assert "Rechtsfolgenbelehrung" not in step.version.goal + step.text


def test_summons_cannot_point_to_another_cases_step(world):
    step = _agreed_step(world, date(2026, 8, 1))
    with pytest.raises(ValidationError, match="gehört nicht"):
        obligations.issue_summons(world.case_b, world.cw_nord, obligations.SummonsInput(
            kind="aufforderung", step_id=step.pk, issued_on=date(2026, 9, 1), obligation="x"))


def test_schlichtung_runs_four_weeks_under_buergergeld(world):
    item = obligations.request_schlichtung(world.case_a, world.client_a, "client", "Ziel passt nicht",
                                           date(2025, 3, 3))
    assert item.ends_on == date(2025, 3, 31)
    assert obligations.running_schlichtung(world.case_a, date(2025, 3, 20)) == item
    assert obligations.running_schlichtung(world.case_a, date(2025, 4, 1)) is None


def test_schlichtung_is_gone_under_neue_grundsicherung(world):
    with pytest.raises(NotAllowedUnderRegime, match="nicht mehr"):
        obligations.request_schlichtung(world.case_a, world.client_a, "client", "x", date(2026, 7, 1))
