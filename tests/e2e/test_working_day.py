"""A working day (issue 9): invite, write, be blocked by a threat, remove it, agree, upload, write; client answers."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import case_public_id_of, field, screenshot

pytestmark = pytest.mark.e2e

GOAL = "Arbeit als Köchin in einer Kantine"
THREAT = "Sie melden sich bis 10.12.2026 bei der Jobbörse an, sonst wird Ihr Geld gekürzt"
CLEAN = "Sie melden sich bis 10.12.2026 bei der Jobbörse an"
JOBCENTER_STEP = "Wir zahlen das Gesundheitszeugnis"


def invite(cw, day: str, time: str, purpose: str = "") -> None:
    """Invite the person of the open case page to Zimmer 214 (in person)."""
    cw.get_by_role("link", name="Einladen").click()
    cw.get_by_label(field("Datum")).fill(day)
    cw.get_by_label(field("Uhrzeit")).fill(time)
    cw.get_by_label(field("Art")).select_option(label="persönlich")
    cw.get_by_label(field("Ort, Telefonnummer oder Video-Link")).fill("Jobcenter Nord, Zimmer 214")
    cw.get_by_label(field("Worum es geht")).fill(purpose)
    cw.get_by_role("button", name="Einladung anlegen").click()


def test_caseworker_and_client_go_through_a_working_day(page_as, tmp_path):
    # Ahmad Haidari (kunde6) is a deferred case of fk.nord2 without a plan.
    cw = page_as("fk.nord2")
    public_id = case_public_id_of(cw, "Haidari, Ahmad")
    cw.goto(f"/faelle/{public_id}/")

    invite(cw, "2026-12-15", "09:30", "Plan gemeinsam schreiben")
    expect(cw.get_by_role("status")).to_contain_text("Die Einladung ist angelegt")
    expect(cw.get_by_role("main")).to_contain_text("Jobcenter Nord, Zimmer 214")

    cw.get_by_role("button", name="Plan gemeinsam schreiben").click()
    expect(cw.get_by_role("heading", level=1)).to_contain_text("Kooperationsplan von Ahmad Haidari")
    cw.get_by_label(field("Berufsziel")).fill(GOAL)
    first = cw.get_by_role("group", name="Schritt 1")
    first.get_by_label(field("Wer")).select_option(label="Sie")
    first.get_by_label(field("Was genau")).fill(THREAT)
    cw.get_by_role("button", name="Schritt hinzufügen").click()
    second = cw.get_by_role("group", name="Schritt 2")
    second.get_by_label(field("Rubrik")).select_option(label="Unterstützung durch das Jobcenter")
    second.get_by_label(field("Wer")).select_option(label="Jobcenter")
    second.get_by_label(field("Was genau")).fill(JOBCENTER_STEP)
    cw.get_by_role("button", name="Entwurf speichern").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Entwurf ist gespeichert.")

    cw.get_by_role("link", name="Zurück zum Fall").click()
    blocked = cw.get_by_role("alert").filter(has_text="So kann der Plan nicht vereinbart werden")
    expect(blocked).to_contain_text("SF102")
    screenshot(cw, "working-day-1-agreement-blocked")
    cw.get_by_role("button", name="Gemeinsam vereinbaren").click()
    expect(cw.get_by_role("alert").first).to_contain_text("Die Prüfung meldet einen Fehler")
    expect(cw.get_by_role("main")).not_to_contain_text("gemeinsam vereinbart am")

    cw.get_by_role("link", name="Entwurf bearbeiten").click()
    cw.get_by_role("group", name="Schritt 1").get_by_label(field("Was genau")).fill(CLEAN)
    cw.get_by_role("button", name="Entwurf speichern").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Entwurf ist gespeichert.")
    cw.get_by_role("link", name="Zurück zum Fall").click()
    expect(cw.get_by_text("So kann der Plan nicht vereinbart werden")).to_have_count(0)
    cw.get_by_role("button", name="Gemeinsam vereinbaren").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Plan ist gemeinsam vereinbart.")
    steps = cw.get_by_role("table").filter(has_text="Rubrik")
    expect(steps).to_contain_text(CLEAN)
    expect(steps).not_to_contain_text("bis 10.12.2026 bis 10.12.2026")

    proof = tmp_path / "anmeldung.pdf"
    proof.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    uploads = cw.locator("section", has=cw.get_by_role("heading", name="Nachweise"))
    uploads.get_by_label(re.compile("^Datei")).set_input_files(str(proof))
    uploads.get_by_role("button", name="Hochladen").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Nachweis ist hochgeladen.")
    expect(cw.locator("section", has=cw.get_by_role("heading", name="Nachweise"))).to_contain_text("anmeldung.pdf")

    cw.get_by_label(field("Nachricht an die Person")).fill("Bitte bringen Sie am 15.12. Ihren Lebenslauf mit.")
    cw.get_by_role("button", name="Nachricht senden").click()
    expect(cw.get_by_role("status")).to_contain_text("Die Nachricht ist gesendet.")

    cw.get_by_role("link", name="Schreiben anlegen").click()
    cw.get_by_label(field("Art des Schreibens")).select_option(value="verpflichtung")
    cw.get_by_label(field("Bezieht sich auf Schritt")).select_option(index=1)
    cw.get_by_label(field("Geforderte Mitwirkung (konkrete Eigenbemühungen)")).fill(
        "Anmeldung bei der Jobbörse der Bundesagentur")
    cw.get_by_label(field("Häufigkeit")).fill("einmal")
    cw.get_by_label(field("Form des Nachweises")).fill("Ausdruck der Bestätigung")
    cw.get_by_label(field("Frist für den Nachweis")).fill("2026-12-10")
    cw.get_by_role("button", name="Schreiben anlegen").click()
    expect(cw.get_by_role("status")).to_contain_text("als eigenes Dokument angelegt")
    screenshot(cw, "working-day-2-case-page")

    client = page_as("kunde6")
    main = client.get_by_role("main")
    expect(main).to_contain_text("1 neue Nachricht")
    expect(main).to_contain_text("Bitte bringen Sie am 15.12. Ihren Lebenslauf mit.")
    expect(main).to_contain_text("Jobcenter Nord, Zimmer 214")
    letters = client.locator("section", has=client.get_by_role("heading", name="Briefe an Sie"))
    expect(letters).to_contain_text("Verpflichtung")
    expect(letters).to_contain_text("Anmeldung bei der Jobbörse der Bundesagentur")
    expect(letters.get_by_role("link", name="Brief als PDF")).to_be_visible()

    client.get_by_label(field("Ihre Nachricht")).fill("Danke, ich komme und bringe den Lebenslauf mit.")
    client.get_by_role("button", name="Nachricht senden").click()
    expect(client.get_by_role("status")).to_contain_text("Ihre Nachricht ist bei Ihrer Fachkraft angekommen")

    step = client.get_by_role("listitem").filter(has_text=CLEAN)
    step.get_by_role("button", name=re.compile("^Erledigt")).click()
    expect(client.get_by_role("status")).to_contain_text("als erledigt markiert")
    step = client.get_by_role("listitem").filter(has_text=CLEAN)
    expect(step).to_contain_text("erledigt")
    screenshot(client, "working-day-3-portal")
    step.get_by_role("button", name=re.compile("^Rückgängig")).click()
    expect(client.get_by_role("status")).to_contain_text("Der Schritt ist wieder offen.")
    expect(client.get_by_role("listitem").filter(has_text=CLEAN).get_by_role(
        "button", name=re.compile("^Erledigt"))).to_be_visible()
    expect(client.get_by_role("listitem").filter(has_text=JOBCENTER_STEP).get_by_role("button")).to_have_count(0)

    cw.goto("/faelle/")
    row = cw.get_by_role("row").filter(has_text="Haidari")
    expect(row).to_contain_text("1 neu")
    cw.goto(f"/faelle/{public_id}/")
    expect(cw.get_by_role("main")).to_contain_text("Danke, ich komme und bringe den Lebenslauf mit.")


def test_caseworker_moves_and_cancels_an_appointment_keeps_notes_hands_over_a_login_and_ends_a_case(
        page_as, new_context):
    # Tomasz Nowak is an agreed case of fk.nord2 without a portal login.
    cw = page_as("fk.nord2")
    public_id = case_public_id_of(cw, "Nowak, Tomasz")
    cw.goto(f"/faelle/{public_id}/")
    invite(cw, "2026-12-17", "10:00")
    cw.get_by_role("link", name="Ändern oder absagen").click()
    cw.get_by_label(field("Datum")).fill("2026-12-18")
    cw.get_by_label(field("Uhrzeit")).fill("11:00")
    screenshot(cw, "working-day-4-change-appointment")
    cw.get_by_role("button", name="Änderung speichern").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Termin ist geändert.")
    appointments = cw.locator("section", has=cw.get_by_role("heading", name="Termine"))
    expect(appointments).to_contain_text("verlegt, vorher 17.12.2026 10:00")
    expect(appointments).to_contain_text("18.12.2026 11:00")

    notes = cw.locator("section", has=cw.get_by_role("heading", name="Vermerke (nur für das Jobcenter)"))
    notes.get_by_label(field("Neuer Vermerk")).fill("Ruft lieber nachmittags an")
    notes.get_by_role("button", name="Vermerk speichern").click()
    notes.get_by_text("Vermerk ändern oder löschen").click()
    notes.get_by_label(field("Vermerk")).fill("Ruft lieber nachmittags an, ab 14 Uhr")
    notes.get_by_role("button", name="Änderung speichern").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Vermerk ist geändert.")
    expect(notes).to_contain_text("ab 14 Uhr")
    expect(notes).to_contain_text("geändert am")
    notes.get_by_text("Vermerk ändern oder löschen").click()
    notes.get_by_role("button", name="Vermerk löschen").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Vermerk ist gelöscht.")
    expect(notes).not_to_contain_text("nachmittags")

    cw.get_by_role("button", name="Zugang anlegen").click()
    handover = cw.locator("dl.login-handover")
    username = handover.locator("dd").nth(1).inner_text().strip()
    password = handover.locator("dd").nth(2).inner_text().strip()
    assert re.fullmatch(r"[a-z2-9]{4}(-[a-z2-9]{4}){3}", password), password
    screenshot(cw, "working-day-5-portal-login")
    cw.get_by_role("link", name="Fertig").click()
    expect(cw.get_by_role("main")).to_contain_text(f"Benutzernamen {username}")

    client = new_context().new_page()
    client.goto("/anmelden/")
    client.get_by_label("Benutzername").fill(username)
    client.get_by_label("Passwort").fill(password)
    client.get_by_role("button", name="Anmelden").click()
    expect(client.get_by_role("status")).to_contain_text("Anfangspasswort bekommen")
    client.goto("/portal/")
    expect(client).to_have_url(re.compile("/passwort/$"))
    client.get_by_label(field("Altes Passwort")).fill(password)
    client.get_by_label(field("Neues Passwort")).fill("Tomasz-eigenes-Passwort-2026")
    client.get_by_label(field("Neues Passwort bestätigen")).fill("Tomasz-eigenes-Passwort-2026")
    client.get_by_role("button", name="Passwort ändern").click()
    client.goto("/portal/")
    expect(client.get_by_role("main")).to_contain_text("Neuer Termin (vorher 17.12.2026, 10:00)")

    cw.goto(f"/faelle/{public_id}/")
    cw.get_by_role("link", name="Ändern oder absagen").click()
    cw.get_by_label(field("Grund für die Person (optional)")).fill("Ihre Fachkraft ist auf Fortbildung")
    cw.get_by_role("button", name="Termin absagen").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Termin ist abgesagt.")
    client.reload()
    mine = client.locator("section", has=client.get_by_role("heading", name="Ihre Termine"))
    expect(mine).to_contain_text("Abgesagt")
    expect(mine).to_contain_text("Ihre Fachkraft ist auf Fortbildung")
    expect(mine.get_by_role("link", name="Im Kalender absagen (ICS)")).to_be_visible()
    screenshot(client, "working-day-6-portal-cancelled")

    ending = cw.locator("section", has=cw.get_by_role("heading", name="Fall beenden"))
    ending.locator("summary").click()
    ending.get_by_label(field("Grund der Beendigung")).select_option(label="Kein Kontakt mehr")
    ending.get_by_role("button", name="Fall beenden").click()
    expect(cw.get_by_role("status")).to_contain_text("ist beendet")
    closed = cw.locator("section", has=cw.get_by_role("heading", name="Zuletzt beendete Fälle"))
    expect(closed).to_contain_text("Kein Kontakt mehr")
    screenshot(cw, "working-day-7-caseload-closed")
    client.reload()
    expect(client.get_by_role("heading", level=1)).to_contain_text("Ihr Fall ist abgeschlossen")

    closed.get_by_role("link", name="Tomasz Nowak").click()
    cw.get_by_role("button", name="Fall wieder öffnen").click()
    expect(cw.get_by_role("status")).to_contain_text("Der Fall ist wieder offen.")
    client.reload()
    expect(client.get_by_role("main")).to_contain_text("Ihre Termine")
