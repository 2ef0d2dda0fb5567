"""A researcher codes a segment, writes a memo and a case summary, and opens the thematic matrix."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import NO_CASE, field, nav, screenshot

pytestmark = pytest.mark.e2e

SELECT_IN_TEXT = """([from, to]) => {
    // select characters from..to of the document's text (UTF-16 positions), as a mouse drag would
    const box = document.getElementById('doc-text');
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0, node, started = false;
    while ((node = walker.nextNode())) {
        const end = seen + node.data.length;
        if (!started && from <= end) { range.setStart(node, from - seen); started = true; }
        if (started && to <= end) { range.setEnd(node, to - seen); break; }
        seen = end;
    }
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return sel.toString();
}"""


def test_researcher_codes_writes_a_memo_and_a_summary_and_opens_the_matrix(page_as):
    page = page_as("forschung")
    expect(page.get_by_role("heading", level=1)).to_have_text("Forschungsprojekte")
    expect(nav(page).get_by_role("link", name="Meine Fälle")).to_have_count(0)
    screenshot(page, "30-research-projects")

    page.get_by_role("link", name="Simulierte Pläne (Demo)").click()
    expect(page.get_by_role("heading", name="Dokumente (Fälle)")).to_be_visible()
    screenshot(page, "31-research-project")
    page.locator(".doc-list a").first.click()
    expect(page.locator("#doc-text[data-ready]")).to_be_attached()  # coding.js has run

    text = page.locator("#doc-text").inner_text()
    start = text.index("Ziel") if "Ziel" in text else 10
    selected = page.evaluate(SELECT_IN_TEXT, [start, start + 40])
    assert selected.strip()
    expect(page.get_by_label("Von Zeichen")).not_to_have_value("")
    expect(page.locator("#selection-preview")).to_contain_text(selected[:20])
    page.get_by_label(field("Code")).select_option(label="\u2003Ausformulierung")
    page.get_by_role("button", name="Codieren", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Segment codiert.")
    mine = page.locator("table tr", has=page.get_by_role("cell", name="forschung", exact=True))
    expect(mine.first).to_contain_text(selected.strip()[:30])
    expect(mine.first).to_contain_text("Ausformulierung")

    page.get_by_label("Neues Memo").fill("Ziel klingt vorgegeben, nicht gemeinsam formuliert.")
    page.get_by_role("button", name="Memo speichern").click()
    expect(page.get_by_role("status")).to_contain_text("Memo gespeichert.")
    expect(page.locator(".memo")).to_contain_text("Ziel klingt vorgegeben")
    page.get_by_label("Zusammenfassung dieses Falls").fill("Fall mit klarem Berufsziel; Schritte vor allem "
                                                           "auf Seiten der Kundin.")
    page.get_by_role("button", name="Zusammenfassung speichern").click()
    expect(page.get_by_role("status")).to_contain_text("Fallzusammenfassung gespeichert.")
    screenshot(page, "32-research-document")

    page.get_by_role("navigation", name="Projekt").get_by_role("link", name="Themenmatrix").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Themenmatrix")
    page.get_by_label("Kategoriengruppe").select_option(label="Qualitätsindikatoren (Plantexte)")
    page.get_by_role("button", name="Anzeigen").click()
    matrix = page.locator("table.matrix")
    expect(matrix.get_by_role("columnheader", name="Ausformulierung")).to_be_visible()
    expect(matrix).to_contain_text("Fall mit klarem Berufsziel")
    expect(matrix).to_contain_text(selected.strip()[:30])
    screenshot(page, "33-research-matrix")
    with page.expect_download() as download:
        page.get_by_role("link", name="Als Excel (XLSX)").click()
    assert download.value.suggested_filename.endswith(".xlsx")

    page.get_by_role("navigation", name="Projekt").get_by_role("link", name="Codesystem").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Codesystem")
    screenshot(page, "34-research-codes")

    page.get_by_role("navigation", name="Projekt").get_by_role("link", name="Übereinstimmung").click()
    page.get_by_label("forschung", exact=True).check()
    page.get_by_label("augenhoehe-Prüfung").check()
    page.get_by_role("button", name="Berechnen").click()
    table = page.get_by_role("table", name="Übereinstimmung je Code und gesamt")
    expect(table.get_by_role("rowheader", name="Ausformulierung")).to_be_visible()
    screenshot(page, "36-research-agreement")


def test_researcher_cannot_open_a_case(page_as):
    page = page_as("forschung")
    response = page.goto(f"/faelle/{NO_CASE}/")
    assert response is not None and response.status in (403, 404)
    response = page.goto("/team/")
    assert response is not None and response.status == 403


def test_upload_and_coding_after_an_emoji_and_a_windows_line_break_keeps_code_point_offsets(page_as, tmp_path):
    from augenhoehe.research.export import build_project, write_qdpx

    qda = build_project([], pseudonymise=False, name="Emoji")
    from augenhoehe.research.project import Source

    text = "Erste Zeile 😀 mit Emoji\r\nZweite Zeile: Ende des Plans."
    qda.sources = [Source("33333333-0000-4000-8000-000000000003", "Interview 1", text)]
    path = write_qdpx(qda, tmp_path / "emoji.qdpx")

    page = page_as("forschung")
    page.goto("/forschung/neu/")
    page.get_by_label(field("Projektname")).first.fill("Emoji-Test")
    page.get_by_label(field("REFI-QDA-Projekt (.qdpx)")).set_input_files(str(path))
    page.get_by_role("button", name="Importieren").click()
    expect(page.get_by_role("status")).to_contain_text("Projekt importiert.")
    page.get_by_role("link", name="Interview 1").click()
    expect(page.locator("#doc-text[data-ready]")).to_be_attached()

    where = page.evaluate("document.getElementById('doc-text').textContent.indexOf('Ende des Plans')")
    selected = page.evaluate(SELECT_IN_TEXT, [where, where + len("Ende des Plans")])
    assert selected == "Ende des Plans"
    expected = text.index("Ende")  # code points in the stored text (CR LF counts two, the emoji one)
    expect(page.get_by_label("Von Zeichen")).to_have_value(str(expected))
    expect(page.get_by_label("Bis Zeichen")).to_have_value(str(expected + len("Ende des Plans")))
    page.get_by_label(field("Code")).select_option(label="\u2003Beteiligung")
    page.get_by_role("button", name="Codieren", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Segment codiert.")
    expect(page.get_by_role("cell", name="Ende des Plans", exact=True)).to_be_visible()


def test_a_broken_upload_is_refused_with_the_importers_message(page_as, tmp_path):
    bad = tmp_path / "kaputt.qdpx"
    bad.write_bytes(b"PK nicht wirklich")
    page = page_as("forschung")
    page.goto("/forschung/neu/")
    page.get_by_label(field("REFI-QDA-Projekt (.qdpx)")).set_input_files(str(bad))
    page.get_by_role("button", name="Importieren").click()
    expect(page.get_by_role("alert")).to_contain_text("kaputt.qdpx: keine ZIP-Datei")
    expect(page.get_by_role("alert")).not_to_contain_text("/tmp/")
    screenshot(page, "35-research-import-refused")
