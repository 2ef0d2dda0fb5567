"""The team lead sees deferrals as categories, never the reason a caseworker wrote."""

from __future__ import annotations

import pytest
from django.test import Client as Browser

from augenhoehe.web.guards.categories import OTHER, category_counts, category_of
from augenhoehe.web.workspace.services import plans

pytestmark = pytest.mark.django_db


def test_team_page_shows_deferral_categories_not_the_reasons(world):
    plans.defer(world.case_a, world.cw_nord, "Klinikaufenthalt wegen Depression bis Ende März", None)
    plans.defer(world.case_b, world.cw_nord, "Erst den Integrationskurs abschließen", None)
    browser = Browser()
    browser.force_login(world.lead_nord)
    html = browser.get("/team/").content.decode()
    assert "Depression" not in html and "Klinikaufenthalt" not in html and "Integrationskurs" not in html
    assert "Gesundheit" in html and "Sprache, Kurs oder Maßnahme" in html


def test_categories_prefer_the_most_sensitive_and_fall_back_to_other():
    assert category_of("Kind krank, Kita geschlossen") == "Gesundheit"
    assert category_of("Umzug in eine andere Stadt") == "Wohnen oder Finanzen"
    assert category_of("Möchte erst nachdenken") == OTHER
    assert category_counts(["Reha", "Attest liegt vor", "xyz"]) == [("Gesundheit", 2), (OTHER, 1)]
