"""Accessibility: axe-core finds nothing serious on the pages people use; the editor works by keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import NO_CASE, axe_violations, case_public_id_of, describe_violations, field

pytestmark = pytest.mark.e2e

# (who is logged in, how to reach the page); None = logged out.
PAGES = {
    "login": (None, "/anmelden/"),
    "portal with agreed plan": ("kunde3", "/portal/"),
    "portal with draft": ("kunde2", "/portal/"),
    "portal without plan": ("kunde6", "/portal/"),
    "caseload": ("fk.nord1", "/faelle/"),
    "case page": ("fk.nord1", "case:Becker, Jonas"),
    "plan editor": ("fk.nord1", "edit:Becker, Jonas"),
    "version with diff": ("fk.nord1", "diff:Yilmaz, Mehmet"),
    "team overview": ("tl.nord", "/team/"),
    "potential analysis form": ("fk.nord1", "pa:Becker, Jonas"),
    "review form": ("fk.nord3", "review:El-Amrani, Fatima"),
    "new letter form": ("fk.nord1", "letter:Becker, Jonas"),
    "not found": ("fk.sued1", f"/faelle/{NO_CASE}/"),
    "research projects": ("forschung", "/forschung/"),
    "research project": ("forschung", "/forschung/1/"),
    "research document": ("forschung", "/forschung/1/dokumente/1/"),
    "research code system": ("forschung", "/forschung/1/codes/"),
    "research matrix": ("forschung", "/forschung/1/matrix/"),
    "research agreement": ("forschung", "/forschung/1/uebereinstimmung/"),
    "research new project": ("forschung", "/forschung/neu/"),
}


def open_page(page, target: str) -> None:
    if ":" not in target:
        page.goto(target)
        return
    kind, person = target.split(":", 1)
    public_id = case_public_id_of(page, person)
    page.goto({"case": f"/faelle/{public_id}/", "edit": f"/faelle/{public_id}/plan/",
               "diff": f"/faelle/{public_id}/plan/v2/", "pa": f"/faelle/{public_id}/potenzialanalyse/",
               "review": f"/faelle/{public_id}/plan/ueberpruefung/",
               "letter": f"/faelle/{public_id}/schreiben/neu/"}[kind])


# What the page's h1 says, so a redirect cannot pass the audit on the wrong page.
HEADINGS = {"login": "Anmelden", "caseload": "Meine Fälle", "case page": "Jonas Becker",
            "plan editor": "Kooperationsplan von Jonas Becker", "version with diff": "Version 2",
            "team overview": "Team Nord", "potential analysis form": "Potenzialanalyse",
            "review form": "Überprüfung von Version 1", "new letter form": "Schreiben anlegen",
            "not found": "Nicht gefunden", "research projects": "Forschungsprojekte",
            "research project": "Simulierte Pläne", "research document": "Simulierte Pläne",
            "research code system": "Codesystem", "research matrix": "Themenmatrix",
            "research agreement": "Übereinstimmung", "research new project": "Neues Forschungsprojekt"}


@pytest.fixture(scope="module")
def pages_by_user(browser, server):
    """One logged-in page per user for the whole module (axe runs are read-only)."""
    from tests.e2e.conftest import login

    contexts, pages = [], {}

    def get(user):
        if user not in pages:
            context = browser.new_context(base_url=server.url, locale="de-DE")
            contexts.append(context)
            pages[user] = context.new_page()
            if user is not None:
                login(pages[user], user)
        return pages[user]

    yield get
    for context in contexts:
        context.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_serious_or_critical_axe_violations(name, pages_by_user):
    user, target = PAGES[name]
    page = pages_by_user(user)
    open_page(page, target)
    expect(page.get_by_role("heading", level=1)).to_contain_text(HEADINGS.get(name, "Mein Plan"))
    violations = axe_violations(page)
    assert not violations, f"axe-core auf „{name}“ ({page.url}):\n{describe_violations(violations)}"


def test_login_error_is_announced_and_has_no_axe_violations(page):
    page.goto("/anmelden/")
    page.get_by_label(field("Benutzername")).fill("kunde1")
    page.get_by_label(field("Passwort")).fill("falsch")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("alert")).to_contain_text("Benutzername oder Passwort stimmen nicht")
    violations = axe_violations(page)
    assert not violations, describe_violations(violations)


def _tab_to(page, predicate_js: str, limit: int = 250) -> None:
    """Press Tab until the focused element matches the JS predicate (el => bool)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({predicate_js})(document.activeElement)"):
            return
    raise AssertionError(f"Nach {limit}× Tab nicht erreicht: {predicate_js}")


def test_plan_editor_can_be_used_with_the_keyboard_alone(page_as):
    page = page_as("fk.nord1")
    public_id = case_public_id_of(page, "Becker, Jonas")
    page.goto(f"/faelle/{public_id}/plan/")
    steps_before = page.locator("li.step").count()

    _tab_to(page, "el => el.id === 'id_goal'")
    page.keyboard.press("Control+A")
    page.keyboard.type("Fachkraft für Lagerlogistik, per Tastatur geschrieben")
    _tab_to(page, "el => el.tagName === 'BUTTON' && el.textContent.trim() === 'Schritt hinzufügen'")
    page.keyboard.press("Enter")
    expect(page.locator("li.step")).to_have_count(steps_before + 1)

    expect(page.locator(f"#id_steps-{steps_before}-text")).to_be_focused()  # no need to tab back down
    page.keyboard.type("Sie rufen beim Bildungsträger an und fragen nach dem nächsten Kurs")
    _tab_to(page, "el => el.tagName === 'BUTTON' && el.textContent.trim() === 'Entwurf speichern'")
    page.keyboard.press("Space")

    expect(page.get_by_role("status")).to_contain_text("Der Entwurf ist gespeichert.")
    expect(page.get_by_label(field("Berufsziel"))).to_have_value(
        "Fachkraft für Lagerlogistik, per Tastatur geschrieben")
    expect(page.locator(f"#id_steps-{steps_before}-text")).to_have_value(
        "Sie rufen beim Bildungsträger an und fragen nach dem nächsten Kurs")


@pytest.mark.parametrize("name", ["login", "portal with agreed plan", "portal with draft", "caseload", "case page"])
def test_page_reflows_at_320_css_pixels_without_horizontal_scrolling(name, pages_by_user):
    """WCAG 1.4.10: at 320 px width (400 % zoom) nothing needs scrolling sideways."""
    user, target = PAGES[name]
    page = pages_by_user(user)
    page.set_viewport_size({"width": 320, "height": 640})
    try:
        open_page(page, target)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        wide = page.evaluate("""() => [...document.querySelectorAll('main *')]
            .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 5).map(el => el.tagName + '.' + el.className)""")
        assert overflow <= 0, f"„{name}“ ist {overflow}px zu breit: {wide}"
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})
