"""Editing a draft: two people at once, and input the form must refuse politely."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import case_public_id_of, field

pytestmark = pytest.mark.e2e


@pytest.fixture
def draft_url(page_as):
    """Editor of Jonas Becker's draft (kunde2, fk.nord1; the draft stays a draft in every test)."""
    page = page_as("fk.nord1")
    return f"/faelle/{case_public_id_of(page, 'Becker, Jonas')}/plan/", page


def test_second_save_of_two_people_is_refused_keeps_their_text_and_succeeds_when_repeated(page_as, draft_url):
    url, first = draft_url
    second = page_as("fk.nord2")
    first.goto(url)
    second.goto(url)

    first.get_by_label(field("Kurzfristiges Zwischenziel")).fill("Staplerschein bis Ende Januar")
    first.get_by_role("button", name="Entwurf speichern").click()
    expect(first.get_by_role("status")).to_contain_text("Der Entwurf ist gespeichert.")

    mine = "Erst Deutsch B1, dann den Staplerschein"
    second.get_by_label(field("Kurzfristiges Zwischenziel")).fill(mine)
    second.get_by_label(field("Was sonst noch wichtig ist")).fill("Termine nur nachmittags")
    second.get_by_role("button", name="Entwurf speichern").click()

    alert = second.get_by_role("alert")
    expect(alert).to_contain_text("Der Plan wurde inzwischen geändert")
    expect(alert).to_contain_text("Staplerschein bis Ende Januar")  # what the first person saved
    expect(alert).to_be_focused()  # screen readers start reading at the notice
    expect(second).to_have_title(re.compile(r"^Nicht gespeichert: "))
    expect(second.get_by_label(field("Kurzfristiges Zwischenziel"))).to_have_value(mine)
    expect(second.get_by_label(field("Was sonst noch wichtig ist"))).to_have_value("Termine nur nachmittags")
    expect(second.get_by_role("status")).to_have_count(0)

    second.get_by_role("button", name="Entwurf speichern").click()
    expect(second.get_by_role("status")).to_contain_text("Der Entwurf ist gespeichert.")
    expect(second.get_by_role("alert")).to_have_count(0)
    first.goto(url)
    expect(first.get_by_label(field("Kurzfristiges Zwischenziel"))).to_have_value(mine)


def _save_and_get_status(page) -> int:
    with page.expect_response(lambda r: r.request.method == "POST") as response:
        page.get_by_role("button", name="Entwurf speichern").click()
    return response.value.status


def test_a_berufsziel_over_4000_characters_gets_a_german_message_at_the_field(draft_url):
    url, page = draft_url
    page.goto(url)
    goal = page.get_by_label(field("Berufsziel"))
    goal.evaluate("el => el.removeAttribute('maxlength')")  # as if pasted into an old browser
    goal.fill("x" * 4001)
    assert _save_and_get_status(page) == 200
    goal = page.get_by_label(field("Berufsziel"))
    expect(goal).to_have_attribute("aria-invalid", "true")
    expect(goal).to_have_accessible_description(re.compile(r"Bitte höchstens 4000 Zeichen \(jetzt 4001\)"))
    expect(page.get_by_role("status")).to_have_count(0)


def test_an_empty_berufsziel_gets_a_german_message_at_the_field(draft_url):
    url, page = draft_url
    page.goto(url)
    page.get_by_label(field("Berufsziel")).fill("")
    assert _save_and_get_status(page) == 200
    goal = page.get_by_label(field("Berufsziel"))
    expect(goal).to_have_attribute("aria-invalid", "true")
    expect(goal).to_have_accessible_description(re.compile(r"Dieses Feld ist zwingend erforderlich"))
    page.goto(url)
    expect(page.get_by_label(field("Berufsziel"))).not_to_have_value("")  # nothing was saved


def test_errors_are_summarised_at_the_top_with_links_to_the_fields(draft_url):
    url, page = draft_url
    page.goto(url)
    page.get_by_label(field("Berufsziel")).fill("")
    page.get_by_role("button", name="Entwurf speichern").click()
    expect(page).to_have_title(re.compile(r"^Fehler: "))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Der Entwurf ist nicht gespeichert")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name=re.compile("Berufsziel")).click()
    expect(page.get_by_label(field("Berufsziel"))).to_be_focused()
