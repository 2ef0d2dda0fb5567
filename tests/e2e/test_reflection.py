"""Reflection in the browser: self-reflection, a Fallberatung, a training rewrite, a team standard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_violations, case_public_id_of, describe_violations, nav, screenshot

pytestmark = pytest.mark.e2e


def test_a_caseworker_walks_through_the_self_reflection_and_sees_only_her_own_result(page_as):
    page = page_as("fk.nord3")
    nav(page).get_by_role("link", name="Reflexion").click()
    page.get_by_role("link", name="Selbstreflexion zur Rollenorientierung").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Selbstreflexion zur Rollenorientierung")
    groups = page.locator("fieldset.likert")
    expect(groups).to_have_count(12)
    for i in range(12):
        groups.nth(i).get_by_label("trifft eher zu" if i % 2 else "teils, teils").check()
    page.get_by_role("button", name="Auswerten").click()
    expect(page.get_by_role("status")).to_contain_text("Nur Sie sehen Ihr Ergebnis")
    results = page.get_by_role("region", name="Ihre Ergebnisse")
    expect(results).to_contain_text("Kontrollorientierung")
    expect(results).to_contain_text("Beraterische Selbstwirksamkeit")
    assert not describe_violations(axe_violations(page))
    screenshot(page, "reflection-self")

    lead = page_as("tl.nord")
    lead.goto("/reflexion/selbstreflexion/")
    expect(lead.get_by_role("heading", level=1)).not_to_have_text("Selbstreflexion zur Rollenorientierung")
    lead.goto("/reflexion/team/reflexion/")
    expect(lead.locator("main")).to_contain_text("weniger als fünf")


def test_a_team_works_through_a_fallberatung_on_a_pseudonymised_case(page_as):
    presenter = page_as("fk.nord1")
    public_id = case_public_id_of(presenter, "Yilmaz, Mehmet")
    presenter.goto("/reflexion/fallberatung/")
    presenter.get_by_label("Fall", exact=True).select_option(str(public_id))
    presenter.get_by_label("Titel (ohne Namen)").fill("Wieder ins Gespräch kommen")
    presenter.get_by_label("Kurze Fallschilderung").fill(
        "Herr Mehmet Yilmaz kommt seit dem 03.11.2026 nicht mehr zu Terminen, Tel. 0171 9876543.")
    presenter.get_by_label("Ihre Frage an das Team").fill("Wie erreiche ich ihn wieder?")
    presenter.get_by_role("button", name="Pseudonymisiert anlegen").click()
    case_text = presenter.get_by_role("region", name="Pseudonymisierte Fallvorstellung")
    expect(case_text).to_contain_text("Person A")
    for secret in ("Yilmaz", "Mehmet", "0171"):
        expect(case_text).not_to_contain_text(secret)
    expect(presenter.get_by_role("link", name="Ihr Fall in der Akte")).to_be_visible()
    url = presenter.url

    colleague = page_as("fk.nord2")
    colleague.goto(url)
    expect(colleague.get_by_role("link", name="Ihr Fall in der Akte")).to_have_count(0)
    colleague.get_by_role("button", name=re.compile(r"^3\. Hypothesen")).click()
    timer = colleague.get_by_role("timer")
    expect(timer).to_have_text("15:00")
    colleague.get_by_role("button", name="Start").click()
    expect(timer).not_to_have_text("15:00", timeout=4000)
    colleague.get_by_role("button", name="Pause").click()
    colleague.get_by_label("Notiz zur aktuellen Phase").fill("Vielleicht passt der Termin nicht zur Arbeit")
    colleague.get_by_role("button", name="Notiz speichern").click()
    notes = colleague.get_by_role("region", name="Notizen")
    expect(notes).to_contain_text("Vielleicht passt der Termin nicht zur Arbeit")

    presenter.goto(url)
    presenter.get_by_label("Ihr Abschluss (was nehmen Sie mit?)").fill("Ich biete einen Termin am Abend an.")
    presenter.get_by_role("button", name="Abschluss festhalten").click()
    expect(presenter.get_by_role("status")).to_contain_text("Abschluss ist festgehalten")
    assert not describe_violations(axe_violations(presenter))
    screenshot(presenter, "reflection-fallberatung")

    presenter.goto(f"/faelle/{public_id}/")
    expect(presenter.locator("main")).not_to_contain_text("Vielleicht passt der Termin nicht zur Arbeit")
    lead = page_as("tl.nord")
    response = lead.goto(url)
    assert response is not None and response.status in (403, 404)


def test_a_trainee_rewrites_an_old_style_plan_and_gets_feedback_with_before_and_after(page_as):
    page = page_as("fk.nord2")
    page.goto("/reflexion/training/")
    page.get_by_role("link", name="Pauschale Bewerbungszahlen und Rechtsfolgen").click()
    before = page.get_by_role("region", name="Der alte Plan")
    expect(before).to_contain_text("Rechtsfolgenbelehrung")
    page.get_by_label("Ihr neuer Plan").fill(
        "Kooperationsplan\n\nUnser Ziel: Sie möchten als Lagerhelfer in Teilzeit arbeiten.\n\n"
        "Nächste Schritte:\nSie schicken bis zum 15.12.2026 zwei Bewerbungen an Lager in Ihrer Nähe.\n"
        "Wir übernehmen die Bewerbungskosten und schicken Ihnen bis zum 10.12.2026 drei Stellenangebote.\n\n"
        "Wir besprechen den Plan am 20.01.2027 gemeinsam.\n")
    page.get_by_role("button", name="Prüfen lassen").click()
    feedback = page.get_by_role("region", name="Rückmeldung")
    expect(feedback).to_contain_text(re.compile(r"Vorher \d+, nachher \d+ von 100"))
    text = feedback.inner_text()
    before_score, after_score = map(int, re.search(r"Vorher (\d+), nachher (\d+)", text).groups())
    assert after_score > before_score
    assert not describe_violations(axe_violations(page))
    screenshot(page, "reflection-training")


def test_a_team_lead_sets_a_team_standard_that_changes_a_finding_in_the_editor(page_as):
    caseworker = page_as("fk.sued2")
    editor = f"/faelle/{case_public_id_of(caseworker, 'Rossi, Marco')}/plan/"
    caseworker.goto(editor)
    findings = caseworker.locator(".findings > li")
    expect(findings.first).to_be_visible()
    first = findings.first.inner_text()
    code = re.search(r"\(([A-Z]{2}\d{3})\)", first).group(1)
    assert "Teamstandard" not in caseworker.locator(".findings").inner_text()

    lead = page_as("tl.sued")
    lead.goto("/reflexion/team/standards/")
    lead.get_by_label("Standard", exact=True).fill("Das meinen wir ernst")
    lead.get_by_label("Regeln (Codes, mit Komma getrennt)").fill(code)
    lead.get_by_label("Wirkung").select_option("require")
    lead.get_by_role("button", name="Standard speichern").click()
    expect(lead.get_by_role("status")).to_contain_text("gilt ab jetzt im Editor")
    expect(lead.get_by_role("region", name="Fassungen")).to_contain_text("Fassung 1")
    assert not describe_violations(axe_violations(lead))
    screenshot(lead, "reflection-standards")

    caseworker.goto(editor)
    marked = caseworker.locator(".findings > li", has_text=f"({code})").first
    expect(marked).to_contain_text("Teamstandard „Das meinen wir ernst“")
    expect(marked.locator("strong").first).to_have_text("Fehler")
    marked.scroll_into_view_if_needed()
    caseworker.locator(".findings-panel").screenshot(path=str(screenshot(caseworker, "reflection-editor-full")
                                                             .with_name("reflection-editor-findings.png")))

    lead.goto("/reflexion/team/standards/")
    lead.get_by_role("button", name=re.compile("Entfernen")).first.click()
    expect(lead.get_by_role("status")).to_contain_text("Der Standard ist entfernt")


def test_the_discussion_guide_prints_as_a_pdf(page_as, tmp_path):
    lead = page_as("tl.nord")
    lead.goto("/reflexion/team/gespraechsleitfaden/")
    expect(lead.get_by_role("heading", level=1)).to_contain_text("Gesprächsleitfaden")
    assert not describe_violations(axe_violations(lead))
    with lead.expect_download() as info:
        lead.get_by_role("link", name="Als PDF herunterladen").click()
    target = tmp_path / "leitfaden.pdf"
    info.value.save_as(target)
    assert target.read_bytes().startswith(b"%PDF")
    screenshot(lead, "reflection-guide")


def test_a_caseworker_contributes_a_good_plan_and_colleagues_find_it_by_situation(page_as):
    page = page_as("fk.nord1")
    page.goto("/reflexion/fallbibliothek/")
    page.get_by_label("Plan aus Ihrem Fall").select_option(label="Kovalenko, Olena")
    page.get_by_label("Titel (ohne Namen)").fill("Anerkennung und Sprachkurs zusammen planen")
    page.get_by_label("Anerkennung ausländischer Abschlüsse").check()
    page.get_by_role("checkbox", name="Sprache", exact=True).check()
    page.get_by_role("button", name="Pseudonymisiert beitragen").click()
    expect(page.get_by_role("status")).to_contain_text("pseudonymisiert in der Fallbibliothek")

    colleague = page_as("fk.sued1")
    colleague.goto("/reflexion/fallbibliothek/")
    colleague.get_by_label("Situation").select_option(label="Anerkennung ausländischer Abschlüsse")
    colleague.get_by_role("button", name="Suchen").click()
    item = colleague.get_by_role("article").filter(has_text="Anerkennung und Sprachkurs zusammen planen")
    expect(item).to_have_count(1)
    item.get_by_text("Plan lesen").click()
    expect(item).not_to_contain_text("Kovalenko")
    expect(item).not_to_contain_text("Olena")
    assert not describe_violations(axe_violations(colleague))
    screenshot(colleague, "reflection-library")
    colleague.get_by_label("Situation").select_option(label="Über 55")
    colleague.get_by_role("button", name="Suchen").click()
    expect(colleague.get_by_role("article").filter(has_text="Anerkennung und Sprachkurs")).to_have_count(0)
