"""Full-page screenshots of the main pages as test artefacts (test-artifacts/screenshots/)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import case_public_id_of, screenshot

pytestmark = pytest.mark.e2e


def test_screenshots_of_the_main_pages_are_saved(page, page_as):
    page.goto("/anmelden/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmelden")
    assert screenshot(page, "01-login").stat().st_size > 0

    caseworker = page_as("fk.nord1")
    becker = case_public_id_of(caseworker, "Becker, Jonas")
    yilmaz = case_public_id_of(caseworker, "Yilmaz, Mehmet")
    expect(caseworker.get_by_role("table")).to_contain_text("Becker")
    screenshot(caseworker, "02-caseload")
    caseworker.goto(f"/faelle/{yilmaz}/")
    expect(caseworker.get_by_role("heading", name="Versionen")).to_be_visible()
    screenshot(caseworker, "03-case-page")
    caseworker.goto(f"/faelle/{becker}/plan/")
    expect(caseworker.get_by_role("button", name="Entwurf speichern")).to_be_visible()
    screenshot(caseworker, "04-plan-editor")
    caseworker.goto(f"/faelle/{yilmaz}/plan/v2/")
    expect(caseworker.get_by_role("heading", name="Was sich gegenüber Version 1 geändert hat")).to_be_visible()
    screenshot(caseworker, "05-version-diff")

    client = page_as("kunde3")
    expect(client.get_by_role("heading", level=1)).to_have_text("Mein Plan")
    screenshot(client, "06-portal")
    client.set_viewport_size({"width": 390, "height": 844})
    screenshot(client, "06b-portal-mobile")

    lead = page_as("tl.nord")
    expect(lead.get_by_role("heading", level=1)).to_contain_text("Team")
    screenshot(lead, "07-team-overview")
