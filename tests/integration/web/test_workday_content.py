"""Content that was saved but lost or contradicted (issue 9): slots, due dates, deferral, drafts, errors."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from django.db import connection

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import AuditEvent, FindingDismissal, PlanVersion, StaffProfile
from augenhoehe.web.workspace.services import plans, quality
from augenhoehe.web.workspace.services.status import PlanStatus, status_of
from augenhoehe.web.workspace.views import documents
from tests.integration.web.conftest import browser_for

pytestmark = pytest.mark.django_db
DAY = date(2026, 9, 1)
SLOTS = {"eigenbemuehungen": "Zwei Bewerbungen im Monat, Nachweis durch eine Liste",
         "persoenliches_angebot": "Coaching bei der Bewerbung in der Pflege"}
THREAT = "Sie bewerben sich zweimal im Monat, sonst wird Ihr Bürgergeld gemindert"


def _draft(world, steps=None, slots=None):
    version = plans.start_draft(world.case_a, world.cw_nord, DAY)
    plans.save_draft(version, CooperationPlan(
        plan_date=DAY, goal="Pflegehelferin in Teilzeit", review_date=date(2027, 2, 1),
        content_slots=slots or {}, steps=steps or [
            Step("Sie bewerben sich bei Pflegediensten", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE,
                 due_date=date(2026, 10, 15)),
            Step("Wir übernehmen die Fahrtkosten", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER)]),
        version.revision, world.cw_nord)
    version.refresh_from_db()
    return version


def test_content_slots_are_shown_on_the_case_page_version_text_and_portal(world):
    version = _draft(world, slots=SLOTS)
    plans.agree(version, world.cw_nord, DAY)
    staff = browser_for(world.cw_nord)
    for url in (f"/faelle/{world.case_a.public_id}/", f"/faelle/{world.case_a.public_id}/plan/v1/"):
        page = staff.get(url).content.decode()
        assert "Zwei Bewerbungen im Monat, Nachweis durch eine Liste" in page, url
        assert "Coaching bei der Bewerbung in der Pflege" in page, url
    portal = browser_for(world.client_a).get("/portal/").content.decode()
    assert "Zwei Bewerbungen im Monat, Nachweis durch eine Liste" in portal


def pdf_html(monkeypatch) -> None:
    """Let the PDF views return their HTML, so a test can read what the PDF prints."""
    monkeypatch.setattr(documents, "render_pdf", lambda html: html.encode())


def test_the_plan_pdf_prints_the_content_slots_and_the_caseworker(world, monkeypatch):
    pdf_html(monkeypatch)
    world.cw_nord.last_name = "Schmidt"
    world.cw_nord.save()
    StaffProfile.objects.create(user=world.cw_nord, phone="0561 123-45")
    version = _draft(world, slots=SLOTS)
    url = f"/faelle/{world.case_a.public_id}/plan/v{version.number}/pdf/"
    html = browser_for(world.cw_nord).get(url).content.decode()
    assert "Coaching bei der Bewerbung in der Pflege" in html
    assert "Schmidt" in html and "0561 123-45" in html


def test_a_fortschreibung_keeps_the_due_dates_of_carried_over_steps(world):
    version = _draft(world)
    plans.agree(version, world.cw_nord, DAY)
    outcomes = {s.pk: ("partly", "") for s in version.steps.all()}
    plans.record_review(version, world.cw_nord, date(2027, 1, 10), "", outcomes)
    new = plans.continue_plan(version, world.cw_nord, date(2027, 1, 10))
    assert [s.due_date for s in new.steps.all()] == [date(2026, 10, 15), None]


def test_deferring_a_case_with_a_draft_shows_the_deferral_and_its_status(world):
    _draft(world)
    browser = browser_for(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/plan/aufschieben/",
                 {"reason": "Erst die Wohnung klären", "until": "2026-10-01"})
    world.case_a.refresh_from_db()
    status = status_of(world.case_a.plan, plans.latest_version(world.case_a), DAY)
    assert status.status is PlanStatus.DEFERRED
    page = browser.get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "Erst die Wohnung klären" in page and "bewusst aufgeschoben" in page
    caseload = browser.get("/faelle/").content.decode()
    assert "bewusst aufgeschoben" in caseload


def test_opening_the_editor_creates_no_draft(world):
    response = browser_for(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/plan/")
    assert response.status_code == 302
    assert not PlanVersion.objects.filter(plan__case=world.case_a).exists()


def test_starting_a_draft_is_explicit_and_idempotent(world):
    browser = browser_for(world.cw_nord)
    for _ in range(2):
        assert browser.post(f"/faelle/{world.case_a.public_id}/plan/beginnen/").status_code == 302
    assert PlanVersion.objects.filter(plan__case=world.case_a).count() == 1


def test_a_draft_created_by_a_parallel_request_is_returned_not_refused(world, monkeypatch):
    first = plans.start_draft(world.case_a, world.cw_nord, DAY)
    monkeypatch.setattr(plans, "first_version", lambda plan: None)  # read before the other insert
    again = plans.start_draft(world.case_a, world.cw_nord, DAY)  # our insert hits the unique key
    assert again.pk == first.pk
    assert PlanVersion.objects.filter(plan__case=world.case_a).count() == 1


@pytest.fixture
def audit_purge_after_test(transactional_db):
    """A transactional test ends with a flush (TRUNCATE); the append-only audit trigger allows it only in
    purge mode, which this connection enters after the test (the next test's RESET ends it)."""
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET augenhoehe.audit_purge = 'on'")


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite's shared in-memory test database locks "
                    "tables instead of waiting; `make test` runs this on PostgreSQL")
def test_parallel_starts_give_one_draft_and_no_server_error(world, audit_purge_after_test):
    statuses: list[int] = []
    barrier = threading.Barrier(6)

    def start() -> None:
        browser = browser_for(world.cw_nord)
        barrier.wait()
        try:
            statuses.append(browser.post(f"/faelle/{world.case_a.public_id}/plan/beginnen/").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=start) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [302] * 6
    assert PlanVersion.objects.filter(plan__case=world.case_a).count() == 1


def test_sanction_language_blocks_agreeing(world):
    version = _draft(world, steps=[Step(THREAT, StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)])
    with pytest.raises(ValidationError, match="Fehler"):
        plans.agree(version, world.cw_nord, DAY)
    version.refresh_from_db()
    assert version.concluded_on is None
    page = browser_for(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "SF102" in page and "override_reason" in page


def test_an_error_can_be_overridden_with_a_reason_that_is_audited(world):
    version = _draft(world, steps=[Step(THREAT, StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)])
    browser = browser_for(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/plan/vereinbaren/",
                 {"override_reason": "Zitat aus dem Schreiben der Person, keine Drohung"})
    version.refresh_from_db()
    assert version.concluded_on == DAY or version.concluded_on is not None
    assert FindingDismissal.objects.filter(version=version, code="SF102").exists()
    assert AuditEvent.objects.filter(action="plan.agree_override").exists()


def test_removing_the_threat_lets_the_plan_be_agreed(world):
    version = _draft(world, steps=[Step(THREAT, StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)])
    plans.save_draft(version, CooperationPlan(plan_date=DAY, goal="Pflegehelferin", review_date=date(2027, 2, 1),
                                              steps=[Step("Sie bewerben sich zweimal im Monat")]),
                     version.revision, world.cw_nord)
    version.refresh_from_db()
    plans.agree(version, world.cw_nord, DAY)
    assert PlanVersion.objects.get(pk=version.pk).concluded_on == DAY


def test_footnote_numbers_never_jump(world):
    result = quality.check_domain_plan(CooperationPlan(plan_date=DAY, goal="Arbeit", steps=[Step(THREAT)]))
    pieces = quality.highlighted_text(result["text"], result["findings"])
    shown = [int(n) for p in pieces if p.numbers for n in p.numbers.split(", ")]
    assert sorted(shown) == list(range(1, len(result["findings"]) + 1))
