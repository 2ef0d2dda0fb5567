"""The reflection pages have their own English catalogue (the app's locale/ directory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from tests.integration.web.conftest import browser_for

PO = Path(__file__).resolve().parents[4] / "src/augenhoehe/web/reflection/locale/en/LC_MESSAGES/django.po"


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "english"), [
    ("/reflexion/", "Reflection, training and team standards"),
    ("/reflexion/selbstreflexion/", "My most important task is"),
    ("/reflexion/training/", "Training: rewriting plans"),
    ("/reflexion/fallberatung/", "Peer case consultation"),
    ("/reflexion/fallbibliothek/", "Library of good plans"),
    ("/reflexion/team/standards/", "Standards in force"),
    ("/reflexion/team/gespraechsleitfaden/", "What the study found"),
])
def test_with_the_english_cookie_the_reflection_pages_are_english(world, url, english):
    browser = browser_for(world.cw_nord)
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = browser.get(url).content.decode()
    assert english in page and ">Reflection<" in page


def test_every_entry_of_the_catalogue_is_translated_and_none_is_fuzzy():
    text = PO.read_text(encoding="utf-8")
    body = text.split("\n\n", 1)[1]
    assert "#, fuzzy" not in body
    assert 'msgstr ""\n\n' not in body + "\n" and not body.rstrip().endswith('msgstr ""')
