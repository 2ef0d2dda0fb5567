"""What a caseworker needs every day: appointments, Vermerke, Nachweise, offers, new cases, own password."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from augenhoehe.web.workspace.models import Appointment, Case, Evidence, Offer, Plan
from augenhoehe.web.workspace.services import appointments, evidence, plans
from augenhoehe.web.workspace.views import workday
from tests.integration.conftest import PASSWORD as PASSWORD_FOR_TESTS
from tests.integration.web.conftest import browser_for

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def _tomorrow_at_ten() -> datetime:
    day = timezone.localtime(timezone.now()).date() + timedelta(days=1)
    return timezone.make_aware(datetime(day.year, day.month, day.day, 10, 0))


def test_an_invitation_shows_in_the_portal_and_as_pdf_and_ics(world, monkeypatch):
    monkeypatch.setattr(workday, "render_pdf", lambda html: html.encode())
    starts = _tomorrow_at_ten()
    browser = browser_for(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/termine/neu/", {
        "day": starts.date().isoformat(), "time": "10:00", "minutes": "45", "channel": "video",
        "place": "https://video.example/raum-7", "purpose": "Bewerbungsunterlagen besprechen"})
    item = Appointment.objects.get(case=world.case_a)
    assert item.minutes == 45 and item.channel == "video"
    client = browser_for(world.client_a)
    assert "https://video.example/raum-7" in client.get("/portal/").content.decode()
    ics = client.get(f"/portal/termine/{item.public_id}.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    text = ics.content.decode()
    assert "BEGIN:VEVENT" in text and "DTSTART:" in text and "raum-7" in text
    letter = browser.get(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}.pdf").content.decode()
    assert "Einladung" in letter and "10:00" in letter and "Video" in letter
    assert browser.get(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}.exe").status_code == 404


def test_an_invitation_in_the_past_is_refused(world):
    browser = browser_for(world.cw_nord)
    response = browser.post(f"/faelle/{world.case_a.public_id}/termine/neu/", {
        "day": "2020-01-01", "time": "10:00", "minutes": "30", "channel": "phone", "place": "0561 1"})
    assert "Vergangenheit" in response.content.decode()
    assert not Appointment.objects.exists()


def test_the_caseload_reminds_of_today_this_week_and_deferrals_due(world):
    now = timezone.now()
    Appointment.objects.create(case=world.case_a, starts_at=now + timedelta(minutes=5), channel="phone",
                               place="0561 1", created_by=world.cw_nord)
    Plan.objects.create(case=world.case_b, deferred_reason="Erst Kita klären",
                        deferred_until=timezone.localtime(now).date())
    found = appointments.reminders(world.cw_nord, now)
    if timezone.localtime(now + timedelta(minutes=5)).date() == timezone.localtime(now).date():
        assert [r.reference for r in found["today"]] == ["N-1"]
    assert [r.reference for r in found["deferrals"]] == ["N-2"]
    page = browser_for(world.cw_nord).get("/faelle/").content.decode()
    assert "Erinnerungen" in page and "Erst Kita klären" in page


def test_vermerke_are_for_staff_only(world):
    browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/vermerke/",
                                    {"text": "Wirkt erschöpft, nachfragen"})
    assert "Wirkt erschöpft" in browser_for(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/").content.decode()
    assert "Wirkt erschöpft" not in browser_for(world.client_a).get("/portal/").content.decode()


def test_uploads_are_checked_by_content_and_stored_outside_the_web_root(world, data_dir):
    client = browser_for(world.client_a)
    client.post("/portal/nachweise/", {"file": SimpleUploadedFile("liste.pdf", PDF, "application/pdf")})
    item = Evidence.objects.get()
    assert item.content_type == "application/pdf" and item.side == "client"
    path = evidence.path_of(item)
    assert path.is_file() and str(path).startswith(str(data_dir)) and "liste" not in path.name
    fake = SimpleUploadedFile("bild.png", b"MZ\x90\x00 not a png", "image/png")
    response = client.post("/portal/nachweise/", {"file": fake}, follow=True)
    assert "PDF, JPEG oder PNG" in response.content.decode()
    assert Evidence.objects.count() == 1
    staff = browser_for(world.cw_nord)
    staff.post(f"/faelle/{world.case_a.public_id}/nachweise/",
               {"file": SimpleUploadedFile("scan.jpg", PNG, "image/jpeg")})
    assert Evidence.objects.filter(side="staff", content_type="image/png").exists()
    download = staff.get(f"/faelle/{world.case_a.public_id}/nachweise/{item.public_id}/")
    assert b"".join(download.streaming_content) == PDF
    assert browser_for(world.client_b).get(f"/portal/nachweise/{item.public_id}/").status_code == 404


def test_a_too_large_upload_is_refused(world, data_dir, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_BYTES", 10)
    response = browser_for(world.client_a).post(
        "/portal/nachweise/", {"file": SimpleUploadedFile("gross.pdf", PDF, "application/pdf")}, follow=True)
    assert "zu groß" in response.content.decode() and not Evidence.objects.exists()


def test_a_virus_scanner_can_refuse_an_upload(world, data_dir, monkeypatch):
    monkeypatch.setenv("AUGENHOEHE_EVIDENCE_SCAN", "false")
    response = browser_for(world.client_a).post(
        "/portal/nachweise/", {"file": SimpleUploadedFile("a.pdf", PDF, "application/pdf")}, follow=True)
    assert "Virenprüfung" in response.content.decode() and not Evidence.objects.exists()
    assert not any((data_dir / "nachweise").iterdir())


def test_an_offer_from_the_catalogue_becomes_an_editable_jobcenter_step(world):
    offer = Offer.objects.create(kind="avgs", title="Bewerbungscoaching Pflege", provider="Bildungswerk Nord")
    Offer.objects.create(kind="massnahme", title="Inaktiv", active=False)
    plans.start_draft(world.case_a, world.cw_nord, date(2026, 9, 1))
    browser = browser_for(world.cw_nord)
    page = browser.get(f"/faelle/{world.case_a.public_id}/plan/").content.decode()
    assert "Bewerbungscoaching Pflege" in page and "Inaktiv" not in page
    version = plans.latest_version(world.case_a)
    response = browser.post(f"/faelle/{world.case_a.public_id}/plan/", {
        "revision": version.revision, "plan_date": "2026-09-01", "goal": "Pflege", "goal_author": "caseworker",
        "interim_goal_author": "caseworker", "steps-TOTAL_FORMS": "0", "steps-INITIAL_FORMS": "0",
        "add_step": "offer", "offer": str(offer.pk)})
    html = response.content.decode()
    assert "Wir bieten Ihnen an: Bewerbungscoaching Pflege (Bildungswerk Nord)" in html
    assert 'value="unterstuetzung_jobcenter" selected' in html


def test_a_caseworker_opens_a_case_without_the_admin(world):
    response = browser_for(world.cw_nord).post("/faelle/neu/", {
        "first_name": "Mira", "last_name": "Schulz", "reference": "N-77", "opened_on": "2026-11-01"})
    case = Case.objects.get(reference="N-77")
    assert response.status_code == 302 and case.caseworker == world.cw_nord and case.team == world.nord
    again = browser_for(world.cw_nord).post("/faelle/neu/", {
        "first_name": "X", "last_name": "Y", "reference": "N-77", "opened_on": "2026-11-01"})
    assert "gibt es schon" in again.content.decode()


def test_everyone_can_change_their_own_password(world):
    browser = browser_for(world.client_a)
    response = browser.post("/passwort/", {"old_password": PASSWORD_FOR_TESTS, "new_password1": "ein-neues-passwort-42",
                                           "new_password2": "ein-neues-passwort-42"})
    assert response.status_code == 302
    world.client_a.refresh_from_db()
    assert world.client_a.check_password("ein-neues-passwort-42")


def test_a_caseworker_keeps_phone_and_room_for_the_plan_pdf(world):
    browser = browser_for(world.cw_nord)
    browser.post("/profil/", {"phone": "0561 123-45", "room": "214"})
    from augenhoehe.web.workspace.models import StaffProfile

    profile = StaffProfile.objects.get(user=world.cw_nord)
    assert (profile.phone, profile.room) == ("0561 123-45", "214")
    assert "Passwort ändern" in browser.get("/profil/").content.decode()
