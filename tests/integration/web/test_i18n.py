"""English is available on request (language cookie); German stays the default."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client as Browser

pytestmark = pytest.mark.django_db


def _as(user, language: str | None = None, **headers) -> Browser:
    browser = Browser(headers=headers)
    browser.force_login(user)
    if language:
        browser.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return browser


def _page(browser: Browser, url: str) -> str:
    response = browser.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_without_a_language_cookie_the_pages_are_german(world):
    portal = _page(_as(world.client_a), "/portal/")
    assert "Mein Plan" in portal
    assert "Zum Inhalt springen" in portal
    assert 'lang="de"' in portal
    caseload = _page(_as(world.cw_nord), "/faelle/")
    assert "Meine Fälle" in caseload
    assert "Abmelden" in caseload


def test_the_language_cookie_switches_to_english(world):
    portal = _page(_as(world.client_a, "en"), "/portal/")
    assert 'lang="en"' in portal
    assert "My plan" in portal
    assert "Skip to content" in portal
    assert "Log out" in portal
    assert "Mein Plan" not in portal
    assert "Zum Inhalt springen" not in portal
    assert "Abmelden" not in portal
    caseload = _page(_as(world.cw_nord, "en"), "/faelle/")
    assert "My cases" in caseload
    assert "Meine Fälle" not in caseload
    assert "Filtern" not in caseload


def test_accept_language_alone_does_not_switch_to_english(world):
    portal = _page(_as(world.client_a, HTTP_ACCEPT_LANGUAGE="en"), "/portal/")
    assert "Mein Plan" in portal
    assert "My plan" not in portal


def test_an_unknown_language_cookie_falls_back_to_german(world):
    caseload = _page(_as(world.cw_nord, "fr"), "/faelle/")
    assert "Meine Fälle" in caseload


def test_case_page_and_error_pages_follow_the_chosen_language(world):
    case_url = f"/faelle/{world.case_a.public_id}/"
    german = _page(_as(world.cw_nord), case_url)
    assert "Zurück zu Meine Fälle" in german
    assert "Potenzialanalyse" in german
    english = _page(_as(world.cw_nord, "en"), case_url)
    assert "Back to My cases" in english
    assert "Potential analysis" in english
    assert "Zurück zu Meine Fälle" not in english
    missing = _as(world.cw_nord, "en").get("/faelle/999999/")
    assert missing.status_code == 404
    assert "Not found" in missing.content.decode()
    assert "Nicht gefunden" in _as(world.cw_nord).get("/faelle/999999/").content.decode()


def test_login_page_is_german_by_default_and_english_on_request(world):
    assert "Melden Sie sich mit Ihrem Benutzernamen und Passwort an." in _page(Browser(), "/anmelden/")
    browser = Browser()
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = _page(browser, "/anmelden/")
    assert "Log in with your user name and password." in english
    assert "Anmelden" not in english


def test_the_language_selector_sets_the_cookie(world):
    browser = _as(world.client_a)
    response = browser.post("/i18n/setlang/", {"language": "en", "next": "/portal/"})
    assert response.status_code == 302
    assert browser.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert "My plan" in _page(browser, "/portal/")


def test_form_labels_and_plan_status_follow_the_chosen_language(world):
    from datetime import date

    from django.conf import settings as django_settings
    from django.test import Client as Browser

    from augenhoehe.web.workspace.services import plans

    plans.start_draft(world.case_a, world.cw_nord, date(2026, 9, 1))  # the editor opens a draft, never makes one
    browser = Browser()
    browser.force_login(world.cw_nord)
    german = browser.get(f"/faelle/{world.case_a.public_id}/plan/").content.decode()
    assert "Datum des Plans" in german
    browser.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    english = browser.get(f"/faelle/{world.case_a.public_id}/plan/").content.decode()
    assert "Date of the plan" in english and "Datum des Plans" not in english
    assert "draft" in browser.get("/faelle/").content.decode().lower()


@pytest.mark.parametrize(("language", "heading", "direction"), [
    ("ar", "خطتي", "rtl"), ("uk", "Мій план", "ltr"), ("tr", "Planım", "ltr"), ("ru", "Мой план", "ltr"),
    ("de-simple", "Was gilt fest?", "ltr"),
])
def test_the_portal_reads_in_every_client_language(world, language, heading, direction):
    portal = _page(_as(world.client_a, language), "/portal/")
    assert f'lang="{language}" dir="{direction}"' in portal
    assert heading in portal
    assert ("Zum Inhalt springen" in portal) == language.startswith("de")


def test_legal_explanations_in_another_language_say_the_german_text_is_binding(world):
    arabic = _page(_as(world.client_a, "ar"), "/portal/")
    assert "النص الألماني وحده هو الملزم قانونيًا" in arabic
    assert '<ul lang="de" dir="ltr">' in arabic  # the German original, one click away
    assert "Der Kooperationsplan ist Ihr gemeinsamer Plan mit dem Jobcenter." in arabic
    german = _page(_as(world.client_a), "/portal/")
    assert "Rechtlich verbindlich ist nur der deutsche Text" not in german


def test_the_choice_is_remembered_on_the_account_and_follows_the_person(world):
    browser = _as(world.client_a)
    browser.post("/i18n/setlang/", {"language": "uk", "next": "/portal/"})
    world.client_a.refresh_from_db()
    assert world.client_a.language == "uk"
    elsewhere = _as(world.client_a)  # another device: no cookie
    assert "Мій план" in _page(elsewhere, "/portal/")


def test_the_language_switch_lists_every_language_in_its_own_name(world):
    page = _page(Browser(), "/anmelden/")
    for code, name in settings.LANGUAGES:
        assert f'<option value="{code}" lang="{code}"' in page and name in page


def test_the_portals_included_message_thread_is_in_the_chosen_language(world):
    arabic = _page(_as(world.client_a, "ar"), "/portal/")
    assert "لا توجد رسائل بعد." in arabic
    assert "Noch keine Nachrichten." not in arabic
