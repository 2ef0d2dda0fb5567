"""Nobody sees a case they are not responsible for; logged-out visitors only see the login."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import NO_CASE, case_public_id_of

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def nord_case_ids(browser, server):
    """Public ids of two Nord cases (fk.nord1's Aylin Demir = kunde1, Jonas Becker = kunde2)."""
    from tests.e2e.conftest import login

    context = browser.new_context(base_url=server.url, locale="de-DE")
    page = context.new_page()
    login(page, "fk.nord1")
    ids = {"own": case_public_id_of(page, "Demir, Aylin"), "other": case_public_id_of(page, "Becker, Jonas")}
    context.close()
    return ids


@pytest.mark.parametrize("path", ["/faelle/", f"/faelle/{NO_CASE}/", f"/faelle/{NO_CASE}/plan/", "/portal/", "/team/"])
def test_logged_out_visitors_are_sent_to_the_login_page(page, path):
    page.goto(path)
    expect(page).to_have_url(re.compile(r"/anmelden/\?next="))
    expect(page.get_by_role("heading", level=1, name="Anmelden")).to_be_visible()
    expect(page.get_by_label(re.compile("Benutzername"))).to_be_visible()


def test_a_client_who_changes_the_url_to_a_case_page_gets_no_case_data(page_as, nord_case_ids):
    page = page_as("kunde1")
    for public_id in nord_case_ids.values():
        for path in (f"/faelle/{public_id}/", f"/faelle/{public_id}/plan/", f"/faelle/{public_id}/plan/v1/"):
            response = page.goto(path)
            assert response.status == 403, f"{path}: {response.status}"
            main = page.get_by_role("main")
            expect(main).to_contain_text("nicht freigegeben")
            for secret in ("Becker", "Potenzialanalyse", "Kooperationsplan", "Schritte", "N-0000"):
                expect(main).not_to_contain_text(secret)
        pdf = page.request.get(f"/faelle/{public_id}/plan/v1/pdf/")
        assert pdf.status == 403
        assert not pdf.body().startswith(b"%PDF")


def test_a_caseworker_of_another_team_gets_not_found_for_a_nord_case(page_as, nord_case_ids):
    page = page_as("fk.sued1")
    public_id = nord_case_ids["own"]
    response = page.goto(f"/faelle/{public_id}/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1, name="Nicht gefunden")).to_be_visible()
    expect(page.get_by_role("main")).not_to_contain_text("Demir")
    assert page.request.get(f"/faelle/{public_id}/plan/").status == 404
    assert page.request.get(f"/faelle/{public_id}/plan/v1/pdf/").status == 404


def test_a_caseworker_of_the_same_team_may_open_a_colleagues_case(page_as, nord_case_ids):
    page = page_as("fk.nord2")
    response = page.goto(f"/faelle/{nord_case_ids['own']}/")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aylin Demir")


def test_a_case_address_carries_a_public_id_and_the_old_numbered_address_is_gone(page_as):
    page = page_as("fk.nord1")
    page.goto("/faelle/")
    page.get_by_role("link", name="Demir, Aylin").click()
    expect(page).to_have_url(re.compile(r"/faelle/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/$"))
    response = page.goto("/faelle/1/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1, name="Nicht gefunden")).to_be_visible()
