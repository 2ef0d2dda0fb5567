"""Team dashboards: teams only, small groups suppressed, own figures private, nothing written."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from augenhoehe.web.workspace.models import AuditEvent, Case, PlanVersion
from augenhoehe.web.workspace.services import figures
from tests.integration.web.conftest import browser_for, team_with_plans

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("data_dir")]


def test_team_lead_sees_figures_and_trends_without_any_caseworker_name(world):
    workers = team_with_plans(world.nord, 10)  # five active caseworkers in each of two months
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "Qualität der aktuellen Pläne" in html and "Creaming" in html
    assert "<svg" in html
    assert not any(w.last_name in html or w.username in html for w in workers)


def test_months_with_few_caseworkers_are_shown_over_a_window_wide_enough_and_say_so(world):
    team_with_plans(world.nord, 6)  # three per month: one month is too few, two months are six
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "<svg" in html
    assert re.search(r"Pläne der letzten \d+ Monate", html) and "mindestens fünf Fachkräfte" in html


def test_team_smaller_than_five_is_suppressed(world):
    team_with_plans(world.nord, 2)
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "weniger als fünf Fachkräfte" in html
    assert "Qualität der aktuellen Pläne" not in html


def test_refresh_writes_no_domain_state_but_is_audited(world):
    team_with_plans(world.nord, 5)
    before = (PlanVersion.objects.count(), Case.objects.count(), list(PlanVersion.objects.values_list("revision")))
    browser_for(world.lead_nord).post("/team/kennzahlen/aktualisieren/")
    assert (PlanVersion.objects.count(), Case.objects.count(),
            list(PlanVersion.objects.values_list("revision"))) == before
    assert AuditEvent.objects.filter(action="figures.refresh", actor=world.lead_nord).exists()


def test_csv_and_pdf_exports_have_the_team_figures(world):
    team_with_plans(world.nord, 5)
    figures.refresh_all()
    lead = browser_for(world.lead_nord)
    raw = lead.get("/team/kennzahlen.csv").content
    assert raw.startswith("\ufeff".encode())  # UTF-8 with BOM: German Excel reads the umlauts
    lines = raw.decode("utf-8-sig").splitlines()
    head = lines[0].split(";")
    assert head[:4] == ["Monat", "Fenster in Monaten", "Pläne", "Gesamtwert (0–100)"]
    assert "Ausformulierung (0–100)" in head
    assert not any("cw" in h or "Fachkr" in h or "caseworkers" in h for h in head)
    shown = [line.split(";") for line in lines[1:] if line.split(";")[2]]
    assert shown and all("," in row[3] and "." not in row[3] for row in shown)  # decimal comma
    pdf = lead.get("/team/kennzahlen.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_own_figures_are_private(world):
    workers = team_with_plans(world.nord, 5)
    figures.refresh_all()
    assert browser_for(workers[0]).get("/meine-kennzahlen/").status_code == 200
    assert browser_for(world.lead_nord).get("/meine-kennzahlen/").status_code == 403
    assert browser_for(workers[0]).get("/team/kennzahlen/").status_code == 403
    assert browser_for(world.client_a).get("/team/kennzahlen.csv").status_code == 403


def _overdue_on_team_page(lead) -> int:
    from augenhoehe.domain.clock import today
    from augenhoehe.web.workspace import selectors

    rows, _total, _deferrals = selectors.team_overview(lead.team_id, today())
    return next(r["count"] for r in rows if r["key"] == "review_overdue")


def test_overdue_reviews_agree_with_the_team_page_and_are_never_no_data(world):
    from augenhoehe.domain.clock import today

    team_with_plans(world.nord, 6)
    late = PlanVersion.objects.filter(plan__case__team=world.nord).order_by("pk")[:3]
    PlanVersion.objects.filter(pk__in=[v.pk for v in late]).update(review_date=today().replace(day=1))
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    overdue = _overdue_on_team_page(world.lead_nord)
    assert overdue >= 3
    assert f"Derzeit sind {overdue} Überprüfungen überfällig (wie in der Teamübersicht)" in html
    review = re.search(r"Überprüfung und Fortschreibung innerhalb von sechs Monaten: ([^<]+)<", html)
    assert review and review.group(1).strip() != "keine Daten"


def test_labels_are_rule_names_and_german_indicators_and_the_table_shows_the_last_six_months(world):
    from augenhoehe.domain.clock import today
    from augenhoehe.web.workspace.figure_page import last_months

    team_with_plans(world.nord, 5)
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    rule_cells = re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>\d+</td><td>\d+</td></tr>', html)
    assert rule_cells, "the checker's findings table is shown"
    for rule, indicator in rule_cells:
        assert re.fullmatch(r".+ \([A-Z]{2}\d{3}\)", rule), rule  # "Title (CODE)", never a bare code
        assert indicator[0].isupper() and "_" not in indicator, indicator
    months = [f"{m:%m/%Y}" for m in last_months(today())]
    table = html[html.index("Mengen der letzten sechs Monate"):]
    assert re.findall(r'<tr><th scope="row">(\d\d/\d{4})</th>', table)[:6] == months


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")
def test_the_team_report_prints_its_charts(world, tmp_path):
    from PIL import Image

    team_with_plans(world.nord, 6)
    figures.refresh_all()
    pdf = browser_for(world.lead_nord).get("/team/kennzahlen.pdf").content
    (tmp_path / "report.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "100 %" in text and "Gleitendes Fenster" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "report.pdf"), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    artifacts = Path("test-artifacts/screenshots")
    artifacts.mkdir(parents=True, exist_ok=True)
    blue = 0
    for number, page in enumerate(pages, start=1):
        image = Image.open(page).convert("RGB")
        image.save(artifacts / f"team-report-page-{number}.png")
        pixels = list(image.get_flattened_data())
        dark = sum(1 for r, g, b in pixels if r + g + b < 150)
        assert dark / len(pixels) < 0.08, f"page {number} is smeared: {dark / len(pixels):.0%} dark"
        blue += sum(1 for r, g, b in pixels if b > 120 and r < 60 and g < 120)  # the line colour #0b5394
        width = image.width
        margin = [image.getpixel((x, y)) for x in range(width - 12, width) for y in range(image.height)]
        assert all(sum(px) > 700 for px in margin), f"page {number}: something runs off the right edge"
    assert blue > 200, "the trend lines are drawn in colour"
