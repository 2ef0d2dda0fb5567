"""Object-level permissions: nobody reaches a case by changing an id."""

from __future__ import annotations

import pytest
from django.test import Client as Browser

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import AuditEvent

pytestmark = pytest.mark.django_db


def _as(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


CASE_URLS = ["/faelle/{id}/", "/faelle/{id}/plan/", "/faelle/{id}/potenzialanalyse/",
             "/faelle/{id}/plan/v1/", "/faelle/{id}/plan/v1/pdf/", "/faelle/{id}/schreiben/neu/",
             "/faelle/{id}/plan/ueberpruefung/"]


@pytest.mark.parametrize("url", CASE_URLS)
def test_caseworker_cannot_open_another_teams_case_by_changing_the_id(world, url):
    response = _as(world.cw_nord).get(url.format(id=world.case_sued.public_id))
    assert response.status_code == 404
    assert "Kovalenko" not in response.content.decode()


@pytest.mark.parametrize("url", ["/faelle/{id}/plan/vereinbaren/", "/faelle/{id}/plan/aufschieben/",
                                 "/faelle/{id}/plan/fortschreiben/", "/faelle/{id}/schlichtung/"])
def test_caseworker_cannot_change_another_teams_case(world, url):
    response = _as(world.cw_nord).post(url.format(id=world.case_sued.public_id), {"reason": "x"})
    assert response.status_code == 404
    assert not hasattr(world.case_sued, "plan") or world.case_sued.plan is None


def test_caseworker_opens_a_case_of_their_own_team(world):
    response = _as(world.cw_nord2).get(f"/faelle/{world.case_a.public_id}/")
    assert response.status_code == 200
    assert "Demir" in response.content.decode()


@pytest.mark.parametrize("url", ["/faelle/{id}/", "/faelle/"])
def test_client_cannot_open_staff_pages(world, url):
    response = _as(world.client_a).get(url.format(id=world.case_a.public_id))
    assert response.status_code == 403


def test_client_portal_shows_only_the_own_case(world):
    html = _as(world.client_a).get("/portal/").content.decode()
    assert "Mein Plan" in html
    assert "Becker" not in html and "Kovalenko" not in html


def test_client_cannot_mark_a_step_of_another_client_done(world):
    from datetime import date

    from augenhoehe.web.workspace.services import plans

    version = plans.start_draft(world.case_b, world.cw_nord, date(2026, 9, 1))
    plans.save_draft(version, CooperationPlan(
        plan_date=date(2026, 9, 1), goal="Lagerist",
        steps=[Step("Staplerschein machen", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE)]),
        version.revision, world.cw_nord)
    step = version.steps.get()
    response = _as(world.client_a).post(f"/portal/schritt/{step.public_id}/erledigt/")
    assert response.status_code == 404
    step.refresh_from_db()
    assert step.status == "open"


def test_team_lead_sees_team_figures_but_no_case_pages(world):
    lead = _as(world.lead_nord)
    assert lead.get("/team/").status_code == 200
    assert lead.get(f"/faelle/{world.case_a.public_id}/").status_code == 403


def test_logged_out_visitor_is_sent_to_login(world):
    response = Browser().get(f"/faelle/{world.case_a.public_id}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/anmelden/")


def test_every_staff_read_of_a_case_is_audited(world):
    _as(world.cw_nord2).get(f"/faelle/{world.case_a.public_id}/")
    event = AuditEvent.objects.get(action="case.read")
    assert event.actor == world.cw_nord2
    assert event.case_id_ref == world.case_a.pk


@pytest.mark.parametrize("url", ["/faelle/{id}/plan/", "/faelle/{id}/potenzialanalyse/", "/faelle/{id}/schreiben/neu/"])
def test_opening_any_case_page_is_audited_with_who_and_which_case(world, url):
    _as(world.cw_nord).get(url.format(id=world.case_a.public_id))
    assert AuditEvent.objects.filter(action="case.read", actor=world.cw_nord, case_id_ref=world.case_a.pk).exists()


def test_audit_log_cannot_be_edited_in_the_admin(world):
    from augenhoehe.web.accounts.models import Role, User

    admin = User.objects.create_superuser("root", password="x" * 12, role=Role.ADMIN)
    _as(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/")
    event = AuditEvent.objects.first()
    browser = _as(admin)
    assert browser.get("/admin/workspace/auditevent/").status_code == 200
    response = browser.post(f"/admin/workspace/auditevent/{event.pk}/change/", {"action": "gefälscht"})
    event.refresh_from_db()
    assert event.action == "case.read"
    assert response.status_code in (302, 403)


def test_oversized_form_post_gets_a_german_400_page_and_changes_nothing(world):
    from datetime import date

    from augenhoehe.web.workspace.services import plans

    plans.start_draft(world.case_a, world.cw_nord, date(2026, 9, 1))
    response = _as(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/plan/", {"goal": "x" * 3_000_000})
    assert response.status_code == 400
    assert "nichts gespeichert" in response.content.decode()


def test_form_with_expired_csrf_token_gets_a_german_message(world):
    browser = Browser(enforce_csrf_checks=True)
    browser.force_login(world.client_a)
    response = browser.post("/portal/vorschlag/", {"kind": "comment", "text": "Hallo"})
    assert response.status_code == 403
    assert "Formular ist abgelaufen" in response.content.decode()
