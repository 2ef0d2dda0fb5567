"""A caseworker writes a first plan together with the person and agrees it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import field, nav

pytestmark = pytest.mark.e2e

GOAL = "Kauffrau im Büromanagement, gern in Teilzeit"
CLIENT_STEP = "Sie bewerben sich bei drei Arztpraxen in Ihrem Stadtteil"
JOBCENTER_STEP = "Wir bezahlen Ihnen den Excel-Kurs bei der Volkshochschule"


def test_caseworker_finds_a_case_without_plan_writes_steps_for_both_sides_and_agrees_it(page_as):
    # kunde5 (Sabine Krüger) is a case of fk.nord2: "Meine Fälle" only lists one's own cases.
    page = page_as("fk.nord2")
    nav(page).get_by_role("link", name="Meine Fälle").click()
    expect(page.get_by_role("heading", level=1, name="Meine Fälle")).to_be_visible()

    page.get_by_label("Suche (Name oder Aktenzeichen)").fill("Krüger")
    page.get_by_role("button", name="Filtern").click()
    row = page.get_by_role("row").filter(has_text="Krüger")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("noch kein Plan")
    row.get_by_role("link", name="Krüger, Sabine").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Sabine Krüger")
    expect(page.get_by_text("Noch kein Plan.")).to_be_visible()
    page.get_by_role("button", name="Plan gemeinsam schreiben").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Kooperationsplan von Sabine Krüger")
    page.get_by_label(field("Berufsziel")).fill(GOAL)
    first = page.get_by_role("group", name="Schritt 1")
    first.get_by_label(field("Rubrik")).select_option(label="Nächste Schritte")
    first.get_by_label(field("Wer")).select_option(label="Sie")
    first.get_by_label(field("Was genau")).fill(CLIENT_STEP)

    page.get_by_role("button", name="Schritt hinzufügen").click()
    second = page.get_by_role("group", name="Schritt 2")
    expect(second).to_be_visible()
    expect(first.get_by_label(field("Was genau"))).to_have_value(CLIENT_STEP)
    expect(page.get_by_label(field("Berufsziel"))).to_have_value(GOAL)
    second.get_by_label(field("Rubrik")).select_option(label="Unterstützung durch das Jobcenter")
    second.get_by_label(field("Wer")).select_option(label="Jobcenter")
    second.get_by_label(field("Was genau")).fill(JOBCENTER_STEP)
    page.get_by_role("button", name="Entwurf speichern").click()

    expect(page.get_by_role("status")).to_contain_text("Der Entwurf ist gespeichert.")
    expect(page.get_by_role("group", name="Schritt 2").get_by_label(field("Was genau"))).to_have_value(JOBCENTER_STEP)

    page.get_by_role("link", name="Zurück zum Fall").click()
    page.get_by_role("button", name="Gemeinsam vereinbaren").click()
    expect(page.get_by_role("status")).to_contain_text("Der Plan ist gemeinsam vereinbart.")
    expect(page.get_by_text(re.compile(r"gemeinsam vereinbart am \d\d\.\d\d\.\d{4}"))).to_be_visible()
    steps = page.get_by_role("table").filter(has_text="Rubrik")
    expect(steps.get_by_role("row").filter(has_text=CLIENT_STEP)).to_contain_text("Nächste Schritte")
    expect(steps.get_by_role("row").filter(has_text=CLIENT_STEP)).to_contain_text("Sie")
    jc_row = steps.get_by_role("row").filter(has_text=JOBCENTER_STEP)
    expect(jc_row).to_contain_text("Unterstützung durch das Jobcenter")
    expect(jc_row).to_contain_text("Jobcenter")

    nav(page).get_by_role("link", name="Meine Fälle").click()
    expect(page.get_by_role("row").filter(has_text="Krüger")).to_contain_text("vereinbart")
