"""The person reads, confirms and works on their own plan; the caseworker sees it and continues the plan."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import case_public_id_of, field, login

pytestmark = pytest.mark.e2e

DONE_STEP = "Sie melden sich beim Kita-Portal der Stadt an"
PROPOSAL = "Ich möchte ein Praktikum in einer Bäckerei machen"


def test_client_reads_proposes_confirms_marks_done_and_caseworker_continues_the_plan(page_as):
    client = page_as("kunde1")  # Aylin Demir, agreed plan of fk.nord1
    expect(client).to_have_url(re.compile(r"/portal/$"))
    expect(client.get_by_role("heading", level=1)).to_have_text("Mein Plan")
    main = client.get_by_role("main")
    expect(main).to_contain_text("Verkäuferin im Einzelhandel in Teilzeit (vormittags)")
    expect(main).to_contain_text(re.compile(r"Nächstes gemeinsames Gespräch über den Plan:\s*\d\d\.\d\d\.\d{4}"))
    expect(client.get_by_role("heading", name="Ihre nächsten Schritte")).to_be_visible()
    for other_person in ("Becker", "Kovalenko", "Yilmaz", "Krüger", "N-0000", "Potenzialanalyse"):
        expect(main).not_to_contain_text(other_person)
    expect(client.get_by_role("link", name="Meine Fälle")).to_have_count(0)

    client.get_by_label(field("Was möchten Sie?")).select_option(label="Einen Schritt vorschlagen")
    client.get_by_label(field("Ihr Text")).fill(PROPOSAL)
    client.get_by_role("button", name="Absenden").click()
    expect(client.get_by_role("status")).to_contain_text("Ihr Vorschlag ist bei Ihrer Fachkraft angekommen")
    expect(client.get_by_role("heading", name="Ihre bisherigen Vorschläge")).to_be_visible()
    expect(main).to_contain_text(PROPOSAL)

    client.get_by_role("button", name="Ich bestätige diesen Plan").click()
    expect(client.get_by_role("status")).to_contain_text("Sie haben den Plan bestätigt")
    expect(client.get_by_role("button", name="Ich bestätige diesen Plan")).to_have_count(0)

    step = client.get_by_role("listitem").filter(has_text=DONE_STEP)
    step.get_by_role("button", name=re.compile("^Erledigt")).click()
    expect(client.get_by_role("status")).to_contain_text("als erledigt markiert")
    expect(client.get_by_role("listitem").filter(has_text=DONE_STEP)).to_contain_text("erledigt")
    expect(client.get_by_role("listitem").filter(has_text=DONE_STEP).get_by_role(
        "button", name=re.compile("^Erledigt"))).to_have_count(0)
    expect(client.get_by_role("listitem").filter(has_text=DONE_STEP).get_by_role(
        "button", name=re.compile("^Rückgängig"))).to_be_visible()

    caseworker = page_as("fk.nord1")
    public_id = case_public_id_of(caseworker, "Demir, Aylin")
    caseworker.goto(f"/faelle/{public_id}/")
    proposals = caseworker.locator("section", has=caseworker.get_by_role(
        "heading", name="Vorschläge und Kommentare der Person"))
    expect(proposals).to_contain_text(PROPOSAL)
    expect(proposals.get_by_role("button", name=re.compile("^Übernehmen"))).to_be_visible()
    expect(caseworker.get_by_role("main")).to_contain_text("Bestätigt von der Person (im Portal)")
    steps = caseworker.get_by_role("table").filter(has_text="Rubrik")
    expect(steps.get_by_role("row").filter(has_text=DONE_STEP)).to_contain_text("erledigt")

    caseworker.get_by_role("link", name="Überprüfung festhalten").click()
    expect(caseworker.get_by_role("heading", level=1)).to_have_text("Überprüfung von Version 1")
    done = caseworker.get_by_role("group", name=re.compile(re.escape(DONE_STEP)))
    expect(done.get_by_label("Stand")).to_have_value("done")  # the person's "erledigt" is carried in
    caseworker.get_by_label(field("Gemeinsames Ergebnis")).fill("Kita-Platz ist beantragt.")
    caseworker.get_by_role("button", name="Überprüfung festhalten").click()
    expect(caseworker.get_by_role("status")).to_contain_text("Die Überprüfung ist festgehalten")

    caseworker.get_by_role("button", name="Plan fortschreiben (neue Version)").click()
    expect(caseworker.get_by_role("heading", level=1)).to_contain_text("Version 2, Entwurf")
    expect(caseworker.get_by_label(field("Berufsziel"))).to_have_value(
        "Verkäuferin im Einzelhandel in Teilzeit (vormittags)")

    caseworker.goto(f"/faelle/{public_id}/")
    caseworker.get_by_role("link", name="Version 2").click()
    expect(caseworker.get_by_role("heading", name="Was sich gegenüber Version 1 geändert hat")).to_be_visible()
    diff = caseworker.get_by_role("region", name="Unterschiede")
    removed = diff.locator(".d-removed").filter(has_text=DONE_STEP)
    expect(removed).to_have_count(1)  # the finished step is not carried into the new version
    expect(removed).to_contain_text("entfallen:")  # said in words, not only by colour
    expect(caseworker.get_by_role("heading", name=re.compile("Ergebnis der Überprüfung von Version 1"))).to_be_visible()
    expect(caseworker.get_by_role("main")).to_contain_text("Kita-Platz ist beantragt.")


def test_a_proposal_made_before_the_fortschreibung_can_be_accepted_into_the_new_version(page_as):
    caseworker = page_as("fk.nord1")
    public_id = case_public_id_of(caseworker, "Yilmaz, Mehmet")  # kunde4: version 2 is a draft
    caseworker.goto(f"/faelle/{public_id}/")
    # the carried-over draft has no next steps of the person (ZS101, an error): agreeing needs a reason
    caseworker.get_by_label("Begründung, warum der Hinweis nicht zutrifft").fill(
        "Die nächsten Schritte vereinbaren wir nach dem Erste-Hilfe-Kurs.")
    caseworker.get_by_role("button", name="Gemeinsam vereinbaren").click()
    expect(caseworker.get_by_role("status")).to_contain_text("gemeinsam vereinbart")

    client = page_as("kunde4")
    client.get_by_label(field("Ihr Text")).fill("Ich möchte einen Erste-Hilfe-Kurs machen")
    client.get_by_role("button", name="Absenden").click()
    expect(client.get_by_role("status")).to_contain_text("Ihr Vorschlag ist bei Ihrer Fachkraft angekommen")

    caseworker.goto(f"/faelle/{public_id}/")
    expect(caseworker.get_by_role("main")).to_contain_text("Ich möchte einen Erste-Hilfe-Kurs machen")
    caseworker.get_by_role("link", name="Überprüfung festhalten").click()
    caseworker.get_by_role("button", name="Überprüfung festhalten").click()
    caseworker.get_by_role("button", name="Plan fortschreiben (neue Version)").click()
    expect(caseworker.get_by_role("heading", level=1)).to_contain_text("Version 3, Entwurf")

    caseworker.goto(f"/faelle/{public_id}/")
    proposals = caseworker.locator("section", has=caseworker.get_by_role(
        "heading", name="Vorschläge und Kommentare der Person"))
    proposals.get_by_role("button", name=re.compile("^Übernehmen")).click(timeout=3000)
    expect(caseworker.get_by_role("status")).to_contain_text("Die Antwort ist gespeichert.")
    steps = caseworker.get_by_role("table").filter(has_text="Rubrik")
    expect(steps).to_contain_text("Sie möchten einen Erste-Hilfe-Kurs machen")  # in the plan's voice


def test_an_empty_proposal_is_refused_with_a_german_message_that_is_announced(page_as):
    client = page_as("kunde2")  # draft plan
    client.get_by_label(field("Ihr Text")).fill("   ")
    with client.expect_response(lambda r: r.request.method == "POST") as response:
        client.get_by_role("button", name="Absenden").click()
    assert response.value.status < 500
    expect(client.get_by_role("alert")).to_contain_text("Dieses Feld ist zwingend erforderlich")
    expect(client.get_by_role("heading", name="Ihre bisherigen Vorschläge")).to_have_count(0)


def test_a_reviewed_plan_is_not_announced_with_a_past_review_date(page_as):
    client = page_as("kunde3")  # reviewed plan, Fortschreibung not started yet
    main = client.get_by_role("main")
    expect(main).to_contain_text(
        re.compile(r"Sie haben den Plan am \d\d\.\d\d\.\d{4} gemeinsam mit Ihrer Fachkraft überprüft"))
    expect(main).not_to_contain_text("Nächstes gemeinsames Gespräch")


def test_logging_out_ends_the_session(page):
    client = page  # own login: logging out must not end the cached session other tests reuse
    login(client, "kunde6")
    expect(client.get_by_role("main")).to_contain_text("Sie haben noch keinen Kooperationsplan")
    client.get_by_role("button", name="Abmelden").click()
    expect(client).to_have_url(re.compile(r"/anmelden/"))
    client.goto("/portal/")
    expect(client).to_have_url(re.compile(r"/anmelden/\?next=/portal/"))
