"""The research pages are German by default and English from the app's own catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.integration.web.research.conftest import as_user

pytestmark = pytest.mark.django_db

CATALOGUE = (Path(__file__).resolve().parents[4] / "src" / "augenhoehe" / "web" / "research" / "locale" / "en"
             / "LC_MESSAGES" / "django.po")


@pytest.mark.parametrize("name,german,english", [
    ("project", "Dokumente (Fälle)", "Documents (cases)"),
    ("codes", "Kategorien mit Definitionen", "Categories with definitions"),
    ("matrix", "Fallzusammenfassung", "Case summary"),
    ("agreement", "Berechnen", "Compute"),
])
def test_research_pages_switch_to_english_with_the_language_cookie(project, researcher, name, german, english):
    url = reverse(f"research:{name}", args=[project.pk])
    assert german in as_user(researcher).get(url).content.decode()
    browser = as_user(researcher)
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = browser.get(url).content.decode()
    assert english in page and german not in page
    assert ">Research<" in page  # the main navigation's entry


def test_every_entry_of_the_english_catalogue_is_translated():
    blocks = CATALOGUE.read_text(encoding="utf-8").split("\n\n")[1:]
    untranslated = [b for b in blocks if 'msgstr ""\n' in b + "\n" or "#, fuzzy" in b]
    assert untranslated == []
