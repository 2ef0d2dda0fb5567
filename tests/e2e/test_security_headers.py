"""In a real browser the Content-Security-Policy blocks nothing the app needs (htmx live check, focus)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import case_public_id_of

pytestmark = pytest.mark.e2e


def test_plan_editor_runs_under_the_content_security_policy_without_violations(page_as):
    page = page_as("fk.nord1")
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    response = page.goto(f"/faelle/{case_public_id_of(page, 'Becker, Jonas')}/plan/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "no-store" in response.headers["cache-control"]
    expect(page.locator("#pruefung")).not_to_contain_text("Die Prüfung läuft", timeout=15_000)  # htmx ran
    page.get_by_role("button", name="Schritt hinzufügen").click()
    expect(page.locator("#neuer-schritt textarea")).to_be_focused()  # static script, not inline
    assert violations == []
