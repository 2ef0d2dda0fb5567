"""Contacts and the cooperation assessment: recorded, validated, audited, and only team-level in figures."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.web.workspace.models import AuditEvent, Contact
from augenhoehe.web.workspace.services import contacts, figures
from tests.integration.web.conftest import browser_for, team_with_plans

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("data_dir")]


def test_caseworker_records_a_contact_and_an_assessment(world):
    browser = browser_for(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/kontakte/", {"date": "2026-11-02", "minutes": "45",
                                                          "channel": "phone"})
    browser.post(f"/faelle/{world.case_a.public_id}/einschaetzung/", {"level": "4"})
    world.case_a.refresh_from_db()
    assert Contact.objects.get(case=world.case_a).minutes == 45
    assert world.case_a.cooperation_assessment == 4
    assert AuditEvent.objects.filter(action="case.assess_cooperation", actor=world.cw_nord).exists()


@pytest.mark.parametrize("minutes", ["0", "-5", "481", "abc", ""])
def test_implausible_durations_are_refused(world, minutes):
    response = browser_for(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/kontakte/", {
        "date": "2026-11-02", "minutes": minutes, "channel": "phone"}, follow=True)
    assert not Contact.objects.exists()
    assert "Dauer" in response.content.decode()


def test_another_teams_caseworker_cannot_record_contacts(world):
    response = browser_for(world.cw_sued).post(f"/faelle/{world.case_a.public_id}/kontakte/", {
        "date": "2026-11-02", "minutes": "30", "channel": "phone"})
    assert response.status_code == 404
    assert not Contact.objects.exists()


def test_team_page_shows_the_creaming_curve_when_time_follows_the_assessment(world):
    workers = team_with_plans(world.nord, 10)
    for worker in workers:
        for case in worker.caseload.all():
            level = int(case.reference.split("-")[1]) % 5 + 1
            contacts.assess_cooperation(case, worker, level)
            contacts.record_contact(case, worker, date(2026, 10, 5), 10 * level, "in_person")
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "Creaming-Kurve" in html
    report = figures.team_report(world.nord)
    assert report is not None and report.strategies is not None
    assert report.strategies.values["creaming_ratio"] == pytest.approx(5.0)
