"""Dead ends of issue 9: proposals, the conversation, closed cases, letters in the portal, marking steps."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import Message, PlanStep, PlanVersion, Summons
from augenhoehe.web.workspace.selectors import caseload_rows, overdue_reviews
from augenhoehe.web.workspace.services import obligations, participation, plans
from augenhoehe.web.workspace.views import documents
from tests.integration.web.conftest import browser_for

pytestmark = pytest.mark.django_db
DAY = date(2026, 9, 1)


def _agreed(world, case=None):
    case = case or world.case_a
    version = plans.start_draft(case, world.cw_nord, DAY)
    plans.save_draft(version, CooperationPlan(plan_date=DAY, goal="Lagerist", review_date=date(2027, 2, 1), steps=[
        Step("Sie machen den Staplerschein", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE, due_date=date(2026, 11, 1)),
        Step("Sie bewerben sich bei Logistikfirmen", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE,
             frequency="zweimal im Monat"),
        Step("Wir zahlen den Staplerschein", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER)]),
        version.revision, world.cw_nord)
    version.refresh_from_db()
    plans.agree(version, world.cw_nord, DAY)
    return version


def test_accepting_a_proposal_without_a_review_starts_a_fortschreibung_in_the_plans_voice(world):
    version = _agreed(world)
    proposal = participation.propose(version, world.client_a, "new_step", "Ich gehe zur Jobmesse am 12.10.")
    browser = browser_for(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/vorschlaege/{proposal.public_id}/",
                 {"accept": "1", "reply": "Gute Idee!"})
    new = plans.latest_version(world.case_a)
    assert new.number == 2 and new.concluded_on is None
    assert new.steps.filter(text="Sie gehen zur Jobmesse am 12.10.", author="client").exists()
    assert Message.objects.get(case=world.case_a).text == "Gute Idee!"


def test_the_caseworker_can_word_the_accepted_step(world):
    version = _agreed(world)
    proposal = participation.propose(version, world.client_a, "new_step", "ich will zur messe")
    browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/vorschlaege/{proposal.public_id}/",
                                    {"accept": "1", "step_text": "Sie besuchen die Jobmesse am 12.10."})
    assert plans.latest_version(world.case_a).steps.filter(text="Sie besuchen die Jobmesse am 12.10.").exists()


def test_messages_go_both_ways_with_unread_markers(world):
    client, staff = browser_for(world.client_a), browser_for(world.cw_nord)
    client.post("/portal/nachrichten/", {"text": "Ich habe am Montag einen Arzttermin."})
    assert "1 neu" in staff.get("/faelle/").content.decode()
    page = staff.get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "Ich habe am Montag einen Arzttermin." in page
    assert "1 neu" not in staff.get("/faelle/").content.decode()  # read by opening the case
    staff.post(f"/faelle/{world.case_a.public_id}/nachrichten/", {"text": "Danke, wir verschieben."})
    portal = client.get("/portal/").content.decode()
    assert "Danke, wir verschieben." in portal and "1 neue Nachricht" in portal
    assert "1 neue Nachricht" not in client.get("/portal/").content.decode()


def test_a_client_whose_case_is_closed_sees_a_plain_page_with_a_contact(world):
    world.case_a.closed_on = date(2026, 10, 1)
    world.case_a.save()
    response = browser_for(world.client_a).get("/portal/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "abgeschlossen" in page and "Jobcenter Teststadt" in page and "N-1" in page


def test_a_verpflichtung_appears_in_the_portal_and_its_pdf_has_a_rechtsbehelfsbelehrung(world, monkeypatch):
    monkeypatch.setattr(documents, "render_pdf", lambda html: html.encode())
    version = _agreed(world)
    step = version.steps.get(text="Sie machen den Staplerschein")
    summons = obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
        kind="verpflichtung", step_id=step.pk, issued_on=date(2026, 9, 10), obligation="Staplerschein beginnen",
        frequency="einmal", proof_form="Teilnahmebescheinigung", proof_deadline=date(2026, 10, 15)))
    client = browser_for(world.client_a)
    assert "Staplerschein beginnen" in client.get("/portal/").content.decode()
    html = client.get(f"/portal/schreiben/{summons.public_id}/pdf/").content.decode()
    assert "Rechtsbehelfsbelehrung" in html and "Widerspruch" in html and "Ansprechperson" in html


def test_a_letter_marked_settled_no_longer_counts_as_open(world):
    version = _agreed(world)
    step = version.steps.get(text="Sie machen den Staplerschein")
    summons = obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
        kind="aufforderung", step_id=step.pk, issued_on=date(2026, 5, 10), obligation="Anmelden"))
    assert caseload_rows(world.cw_nord, "N-1", "", DAY)[0].case.open_summons == 1
    browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/schreiben/{summons.public_id}/erledigt/")
    assert Summons.objects.get(pk=summons.pk).resolved_on is not None
    assert caseload_rows(world.cw_nord, "N-1", "", DAY)[0].case.open_summons == 0


def test_the_letter_form_offers_only_steps_of_the_current_version(world):
    old = _agreed(world)
    plans.record_review(old, world.cw_nord, date(2027, 1, 10), "", {s.pk: ("partly", "") for s in old.steps.all()})
    new = plans.continue_plan(old, world.cw_nord, date(2027, 1, 10))
    plans.agree(new, world.cw_nord, date(2027, 1, 10))
    old_step = old.steps.get(text="Sie machen den Staplerschein")
    page = browser_for(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/schreiben/neu/").content.decode()
    assert "V1:" not in page and "V2:" in page
    with pytest.raises(ValidationError):
        obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
            kind="aufforderung", step_id=old_step.pk, issued_on=date(2027, 1, 11), obligation="x"))


def test_the_client_marks_a_one_off_step_done_and_can_undo_it(world):
    version = _agreed(world)
    step = version.steps.get(text="Sie machen den Staplerschein")
    client = browser_for(world.client_a)
    client.post(f"/portal/schritt/{step.public_id}/erledigt/")
    assert PlanStep.objects.get(pk=step.pk).status == "done"
    assert "Rückgängig" in client.get("/portal/").content.decode()
    client.post(f"/portal/schritt/{step.public_id}/erledigt/", {"undo": "1"})
    assert PlanStep.objects.get(pk=step.pk).status == "open"


def test_standing_and_jobcenter_steps_cannot_be_marked(world):
    version = _agreed(world)
    for text in ("Sie bewerben sich bei Logistikfirmen", "Wir zahlen den Staplerschein"):
        with pytest.raises(ValidationError):
            participation.mark_own_step_done(version.steps.get(text=text), world.client_a)


def test_a_reviewed_outcome_never_changes_and_a_draft_is_not_markable(world):
    version = _agreed(world)
    step = version.steps.get(text="Sie machen den Staplerschein")
    plans.record_review(version, world.cw_nord, date(2027, 1, 10), "", {step.pk: ("not_done", "krank")})
    client = browser_for(world.client_a)
    client.post(f"/portal/schritt/{step.public_id}/erledigt/")
    assert PlanStep.objects.get(pk=step.pk).status == "not_done"
    draft = plans.continue_plan(version, world.cw_nord, date(2027, 1, 10))
    draft_step = draft.steps.get(text="Sie machen den Staplerschein")
    client.post(f"/portal/schritt/{draft_step.public_id}/erledigt/")
    assert PlanStep.objects.get(pk=draft_step.pk).status == "open"


def test_the_team_lead_reaches_the_overdue_reviews_by_reference_and_caseworker_without_content(world):
    _agreed(world)
    PlanVersion.objects.filter(plan__case=world.case_a).update(review_date=date(2026, 10, 1))
    rows = overdue_reviews(world.nord.pk, date(2026, 11, 1))
    assert [(r.reference, r.caseworker) for r in rows] == [("N-1", "Fk1")]
    browser = browser_for(world.lead_nord)
    assert "/team/ueberfaellig/" in browser.get("/team/").content.decode()
    page = browser.get("/team/ueberfaellig/").content.decode()
    assert "N-1" in page and "Staplerschein" not in page and "Lagerist" not in page
