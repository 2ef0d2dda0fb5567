"""What a caseworker could not do before: change and cancel appointments, edit and delete own notes, hand
over a portal login, end a case."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.test import Client as Browser
from django.utils import timezone

from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.workspace.models import Appointment, AuditEvent, Case, CaseNote
from augenhoehe.web.workspace.services import appointments
from augenhoehe.web.workspace.views import workday
from tests.integration.conftest import PASSWORD
from tests.integration.web.conftest import browser_for

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "ein-eigenes-langes-Passwort-42"


def _at(days: int, hour: int) -> datetime:
    day = timezone.localtime(timezone.now()).date() + timedelta(days=days)
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour, 0))


def _invite(world, days: int = 1, hour: int = 10) -> Appointment:
    return appointments.invite(world.case_a, world.cw_nord, appointments.Invitation(
        _at(days, hour), 30, "in_person", "Jobcenter Nord, Zimmer 214", "Lebenslauf besprechen"), timezone.now())


def _change(browser: Browser, world, item: Appointment, days: int, hour: int,
            place: str = "Jobcenter Nord, Zimmer 214"):
    day = timezone.localtime(_at(days, hour))
    return browser.post(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}/aendern/", {
        "day": day.date().isoformat(), "time": f"{hour:02d}:00", "minutes": "30", "channel": "in_person",
        "place": place, "purpose": "Lebenslauf besprechen"})


def test_a_moved_appointment_shows_in_the_portal_and_the_calendar_replaces_the_entry(world, monkeypatch):
    monkeypatch.setattr(workday, "render_pdf", lambda html: html.encode())
    item = _invite(world)
    staff = browser_for(world.cw_nord)
    before = staff.get(f"/portal/termine/{item.public_id}.ics")  # a caseworker has no portal
    assert before.status_code in (302, 403)
    first_ics = browser_for(world.client_a).get(f"/portal/termine/{item.public_id}.ics").content.decode()
    response = _change(staff, world, item, days=2, hour=11)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.sequence == 1 and item.previous_starts_at == _at(1, 10) and item.starts_at == _at(2, 11)
    portal = browser_for(world.client_a).get("/portal/").content.decode()
    assert "Neuer Termin (vorher" in portal and timezone.localtime(_at(2, 11)).strftime("%d.%m.%Y") in portal
    ics = browser_for(world.client_a).get(f"/portal/termine/{item.public_id}.ics").content.decode()
    uid = next(line for line in first_ics.splitlines() if line.startswith("UID:"))
    assert uid in ics and "SEQUENCE:1" in ics and "SEQUENCE:0" in first_ics and "STATUS:CONFIRMED" in ics
    letter = staff.get(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}.pdf").content.decode()
    assert "Ihr Termin ist verlegt" in letter and "11:00" in letter and "10:00" in letter
    assert AuditEvent.objects.filter(action="appointment.reschedule", object_id=item.pk).exists()


def test_changing_nothing_or_into_the_past_is_refused(world):
    item = _invite(world)
    staff = browser_for(world.cw_nord)
    assert "nichts geändert" in _change(staff, world, item, days=1, hour=10).content.decode()
    assert "Vergangenheit" in _change(staff, world, item, days=-2, hour=10).content.decode()
    item.refresh_from_db()
    assert item.sequence == 0


def test_a_cancelled_appointment_is_shown_as_cancelled_and_its_calendar_file_cancels_it(world, monkeypatch):
    monkeypatch.setattr(workday, "render_pdf", lambda html: html.encode())
    item = _invite(world)
    staff = browser_for(world.cw_nord)
    staff.post(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}/absagen/",
               {"reason": "Ihre Fachkraft ist krank"})
    item.refresh_from_db()
    assert item.cancelled_at is not None and item.sequence == 1 and item.cancel_reason == "Ihre Fachkraft ist krank"
    client = browser_for(world.client_a)
    portal = client.get("/portal/").content.decode()
    assert "Abgesagt" in portal and "Ihre Fachkraft ist krank" in portal and "Im Kalender absagen (ICS)" in portal
    ics = client.get(f"/portal/termine/{item.public_id}.ics").content.decode()
    assert "STATUS:CANCELLED" in ics and "SEQUENCE:1" in ics and "Abgesagt" in ics
    letter = client.get(f"/portal/termine/{item.public_id}.pdf")
    assert "Absage Ihres Termins" in letter.content.decode() and "absage-" in letter["Content-Disposition"]
    assert appointments.reminders(world.cw_nord, timezone.now())["week"] == []
    case_page = staff.get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "abgesagt" in case_page and f"/termine/{item.public_id}/aendern/" not in case_page
    again = staff.post(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}/absagen/", {}, follow=True)
    assert "schon abgesagt" in again.content.decode()
    assert AuditEvent.objects.filter(action="appointment.cancel", object_id=item.pk).count() == 1


def test_an_appointment_of_another_case_cannot_be_changed(world):
    item = _invite(world)
    staff = browser_for(world.cw_nord)
    assert staff.post(f"/faelle/{world.case_b.public_id}/termine/{item.public_id}/absagen/", {}).status_code == 404
    assert browser_for(world.cw_sued).post(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}/absagen/",
                                           {}).status_code == 404
    item.refresh_from_db()
    assert item.cancelled_at is None


def test_a_caseworker_edits_and_deletes_an_own_note_and_both_are_audited(world):
    staff = browser_for(world.cw_nord)
    staff.post(f"/faelle/{world.case_a.public_id}/vermerke/", {"text": "Wirkt erschöpft"})
    note = CaseNote.objects.get(case=world.case_a)
    staff.post(f"/faelle/{world.case_a.public_id}/vermerke/{note.public_id}/",
               {"text": "Wirkt erschöpft, Hausarzt empfohlen"})
    note.refresh_from_db()
    assert note.text == "Wirkt erschöpft, Hausarzt empfohlen" and note.updated_at is not None
    assert "geändert am" in staff.get(f"/faelle/{world.case_a.public_id}/").content.decode()
    staff.post(f"/faelle/{world.case_a.public_id}/vermerke/{note.public_id}/loeschen/")
    assert not CaseNote.objects.exists()
    actions = list(AuditEvent.objects.filter(object_type="CaseNote").order_by("pk").values_list("action", flat=True))
    assert actions == ["note.create", "note.update", "note.delete"]
    assert "Hausarzt" not in str(AuditEvent.objects.filter(action="note.delete").get().detail)


def test_a_note_of_a_colleague_cannot_be_changed_or_deleted_and_clients_never_reach_notes(world):
    browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/vermerke/", {"text": "Mein Vermerk"})
    note = CaseNote.objects.get()
    colleague = browser_for(world.cw_nord2)
    edit = colleague.post(f"/faelle/{world.case_a.public_id}/vermerke/{note.public_id}/", {"text": "Überschrieben"})
    assert edit.status_code == 403
    delete_url = f"/faelle/{world.case_a.public_id}/vermerke/{note.public_id}/loeschen/"
    assert colleague.post(delete_url).status_code == 403
    assert "Vermerk ändern oder löschen" not in colleague.get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert browser_for(world.client_a).post(delete_url).status_code in (302, 403)
    note.refresh_from_db()
    assert note.text == "Mein Vermerk"


def test_a_portal_login_is_created_with_an_initial_password_shown_once(world):
    case = world.case_b
    case.client.user = None
    case.client.save()
    page = browser_for(world.cw_nord).post(f"/faelle/{case.public_id}/portalzugang/").content.decode()
    case.client.refresh_from_db()
    user = case.client.user
    assert user is not None and user.role == Role.CLIENT and user.must_change_password
    password = page.split("Anfangspasswort</dt><dd><code>")[1].split("</code>")[0]
    assert len(password) == 19 and user.check_password(password)
    assert user.username in page
    event = AuditEvent.objects.get(action="portal_login.create")
    assert password not in str(event.detail) and event.case_id_ref == case.pk
    client = Browser()
    client.post("/anmelden/", {"username": user.username, "password": password})
    assert client.get("/portal/")["Location"] == "/passwort/"
    assert "Anfangspasswort bekommen" in client.get("/passwort/").content.decode()
    client.post("/passwort/", {"old_password": password, "new_password1": NEW_PASSWORD,
                               "new_password2": NEW_PASSWORD})
    user.refresh_from_db()
    assert not user.must_change_password
    assert client.get("/portal/").status_code in (200, 302)
    assert Browser().post("/anmelden/", {"username": user.username, "password": NEW_PASSWORD}).status_code == 302


def test_resetting_a_login_gives_a_new_initial_password_and_the_old_one_stops_working(world):
    staff = browser_for(world.cw_nord)
    page = staff.post(f"/faelle/{world.case_a.public_id}/portalzugang/").content.decode()
    password = page.split("Anfangspasswort</dt><dd><code>")[1].split("</code>")[0]
    world.client_a.refresh_from_db()
    assert world.client_a.check_password(password) and not world.client_a.check_password(PASSWORD)
    assert world.client_a.must_change_password
    assert AuditEvent.objects.filter(action="portal_login.reset", object_id=world.client_a.pk).exists()
    case_page = staff.get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "noch nicht durch ein eigenes ersetzt" in case_page and password not in case_page


def test_a_staff_account_linked_to_a_client_is_never_reset(world):
    world.case_b.client.user = world.cw_nord2
    world.case_b.client.save()
    response = browser_for(world.cw_nord).post(f"/faelle/{world.case_b.public_id}/portalzugang/", follow=True)
    assert "gehört nicht zu einer leistungsberechtigten Person" in response.content.decode()
    assert User.objects.get(pk=world.cw_nord2.pk).check_password(PASSWORD)


def test_a_case_is_ended_with_a_reason_and_can_be_reopened(world):
    item = _invite(world, days=3)
    staff = browser_for(world.cw_nord)
    today = timezone.localtime(timezone.now()).date()
    response = staff.post(f"/faelle/{world.case_a.public_id}/beenden/", {"close-reason": "work",
                                                                   "close-closed_on": today.isoformat()})
    assert response["Location"] == "/faelle/"
    case = Case.objects.get(pk=world.case_a.pk)
    assert case.closed_on == today and case.closed_reason == "work"
    item.refresh_from_db()
    assert item.cancelled_at is not None and item.cancel_reason == "Der Fall ist beendet."
    assert AuditEvent.objects.filter(action="case.close", case_id_ref=case.pk).exists()
    caseload = staff.get("/faelle/").content.decode()
    assert "Zuletzt beendete Fälle" in caseload and "Arbeit oder Ausbildung aufgenommen" in caseload
    assert "abgeschlossen" in browser_for(world.client_a).get("/portal/").content.decode()
    page = staff.get(f"/faelle/{case.public_id}/").content.decode()
    assert "Der Fall ist seit dem" in page and "Fall wieder öffnen" in page and "Zugang anlegen" not in page
    staff.post(f"/faelle/{case.public_id}/wieder-oeffnen/")
    case.refresh_from_db()
    assert case.closed_on is None and case.closed_reason == ""
    assert AuditEvent.objects.filter(action="case.reopen", case_id_ref=case.pk).exists()


@pytest.mark.parametrize("data,message", [
    ({"close-reason": "", "close-closed_on": "2026-10-01"}, "Bitte wählen Sie einen Grund"),
    ({"close-reason": "work", "close-closed_on": "2099-01-01"}, "in der Zukunft"),
    ({"close-reason": "work", "close-closed_on": "2026-07-01"}, "vor seiner Eröffnung"),
])
def test_ending_a_case_needs_a_reason_and_a_plausible_day(world, data, message):
    response = browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/beenden/", data, follow=True)
    assert message in response.content.decode()
    assert Case.objects.get(pk=world.case_a.pk).closed_on is None


def test_ending_a_case_twice_or_reopening_an_open_one_is_refused(world):
    staff = browser_for(world.cw_nord)
    reopened = staff.post(f"/faelle/{world.case_a.public_id}/wieder-oeffnen/", follow=True)
    assert "nicht beendet" in reopened.content.decode()
    Case.objects.filter(pk=world.case_a.pk).update(closed_on=date(2026, 10, 1), closed_reason="other")
    response = staff.post(f"/faelle/{world.case_a.public_id}/beenden/",
                          {"close-reason": "work", "close-closed_on": "2026-10-02"}, follow=True)
    assert "schon beendet" in response.content.decode()
