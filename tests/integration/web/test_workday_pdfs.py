"""The plan PDF with the § 15 Abs. 2 contents and the contact, and the Verpflichtung, rendered to images."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.models import StaffProfile
from augenhoehe.web.workspace.services import obligations, plans
from tests.integration.web.conftest import browser_for

pytestmark = pytest.mark.django_db
OUT = Path(__file__).resolve().parents[3] / "test-artifacts" / "pdf"


def _pages(pdf: bytes, name: str) -> tuple[str, list[Path]]:
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils fehlt")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(OUT / name)], check=True)
    return " ".join(text.split()), sorted(OUT.glob(f"{name}-*.png"))


def test_plan_and_verpflichtung_pdfs_show_contents_contact_and_rechtsbehelfsbelehrung(world):
    world.cw_nord.first_name, world.cw_nord.last_name = "Jana", "Schmidt"
    world.cw_nord.save()
    StaffProfile.objects.create(user=world.cw_nord, phone="0561 123-45", room="214")
    day = date(2026, 9, 1)
    version = plans.start_draft(world.case_a, world.cw_nord, day)
    plans.save_draft(version, CooperationPlan(
        plan_date=day, goal="Pflegehelferin in Teilzeit", review_date=date(2027, 2, 1),
        content_slots={"eigenbemuehungen": "Zwei Bewerbungen im Monat, Nachweis durch eine Liste",
                       "persoenliches_angebot": "Coaching bei der Bewerbung in der Pflege"},
        steps=[Step("Sie legen drei Bewerbungen vor bis 10.12.2026", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE,
                    due_date=date(2026, 12, 10)),
               Step("Wir übernehmen die Fahrtkosten", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER)]),
        version.revision, world.cw_nord)
    version.refresh_from_db()
    plans.agree(version, world.cw_nord, day)
    browser = browser_for(world.cw_nord)
    text, pages = _pages(browser.get(f"/faelle/{world.case_a.public_id}/plan/v1/pdf/").content, "plan")
    assert len(pages) == 1
    assert "Coaching bei der Bewerbung in der Pflege" in text and "Zwei Bewerbungen im Monat" in text
    assert "Jana Schmidt" in text and "0561 123-45" in text
    assert "bis 10.12.2026 – bis 10.12.2026" not in text

    step = version.steps.get(owner="client")
    summons = obligations.issue_summons(world.case_a, world.cw_nord, obligations.SummonsInput(
        kind="verpflichtung", step_id=step.pk, issued_on=date(2026, 9, 10), obligation="Drei Bewerbungen",
        frequency="einmal", proof_form="Kopien", proof_deadline=date(2026, 12, 10)))
    text, pages = _pages(browser.get(f"/faelle/{world.case_a.public_id}/schreiben/{summons.public_id}/pdf/").content,
                         "verpflichtung")
    assert "Rechtsbehelfsbelehrung" in text and "Widerspruch" in text and "Jana Schmidt" in text
