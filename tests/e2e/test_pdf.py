"""The plan hand-over as PDF: the plan's content, no signature line, no Rechtsfolgenbelehrung."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import case_public_id_of

pytestmark = pytest.mark.e2e


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext fehlt (Debian-Paket poppler-utils).")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True, timeout=30)
    return out.stdout


def squash(text: str) -> str:
    """Letters and digits only: line breaks and hyphenation in the PDF do not matter."""
    return re.sub(r"[\W_]+", "", text).lower()


def download(page, link_name: str, tmp_path, name: str):
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    target = tmp_path / name
    download.save_as(target)
    assert target.read_bytes().startswith(b"%PDF")
    return target


def test_caseworker_and_client_download_the_same_plan_as_pdf_without_signature_or_legal_warning(
        page_as, tmp_path):
    client = page_as("kunde3")
    goal = client.locator("section", has=client.get_by_role("heading", name="Ihr Ziel")).locator("p").first
    goal_text = goal.inner_text()
    assert goal_text.strip() not in ("", "–")

    caseworker = page_as("fk.nord1")
    public_id = case_public_id_of(caseworker, "Kovalenko, Olena")
    caseworker.goto(f"/faelle/{public_id}/")
    steps = caseworker.get_by_role("table").filter(has_text="Rubrik").locator("tbody tr td:nth-child(3)")
    expect(steps.first).to_be_visible()
    step_texts = steps.all_inner_texts()
    assert len(step_texts) >= 2

    for who, page, link in (("fachkraft", caseworker, "PDF (Textform)"),
                            ("kunde", client, "Plan als PDF herunterladen")):
        text = pdf_text(download(page, link, tmp_path, f"{who}.pdf"))
        flat = squash(text)
        assert squash(goal_text) in flat, f"{who}: Berufsziel fehlt im PDF:\n{text}"
        for step in step_texts:
            assert squash(step) in flat, f"{who}: Schritt „{step}“ fehlt im PDF:\n{text}"
        assert "rechtsfolgenbelehrung" not in text.lower(), text
        assert "unterschrift" not in text.lower(), text
