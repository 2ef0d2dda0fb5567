"""Team dashboards: teams only, small groups suppressed, own figures private, nothing written."""

from __future__ import annotations

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


def test_month_with_fewer_than_five_active_caseworkers_shows_no_trend(world):
    team_with_plans(world.nord, 6)  # three per month
    figures.refresh_all()
    html = browser_for(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "<svg" not in html


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
    csv_text = lead.get("/team/kennzahlen.csv").content.decode()
    assert csv_text.splitlines()[0].startswith("month;") and "gesamt" in csv_text.splitlines()[0]
    assert "cw" not in csv_text.splitlines()[0].split(";")
    pdf = lead.get("/team/kennzahlen.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_own_figures_are_private(world):
    workers = team_with_plans(world.nord, 5)
    figures.refresh_all()
    assert browser_for(workers[0]).get("/meine-kennzahlen/").status_code == 200
    assert browser_for(world.lead_nord).get("/meine-kennzahlen/").status_code == 403
    assert browser_for(workers[0]).get("/team/kennzahlen/").status_code == 403
    assert browser_for(world.client_a).get("/team/kennzahlen.csv").status_code == 403
