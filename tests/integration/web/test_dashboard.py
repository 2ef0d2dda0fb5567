"""Team dashboards: teams only, small groups suppressed, own figures private, nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client as Browser

from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.workspace.models import AuditEvent, Case, Client, PlanVersion
from augenhoehe.web.workspace.services import figures, plans

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def data_dir(tmp_path, settings):
    settings.DATA_DIR = tmp_path


def _browser(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


def _plans_for_team(world, team, n_caseworkers: int) -> list[User]:
    workers = [User.objects.create_user(f"{team.name}-fk{i}", password="x" * 12, role=Role.CASEWORKER,
                                        team=team, last_name=f"Nachname{i}") for i in range(n_caseworkers)]
    for i, worker in enumerate(workers):
        client = Client.objects.create(first_name="Vor", last_name=f"Person{team.pk}{i}")
        case = Case.objects.create(reference=f"{team.pk}-{i}", client=client, team=team, caseworker=worker,
                                   opened_on=date(2026, 8, 1))
        day = date(2026, 9 + i % 2, 1)  # two months, so the trend charts have two points
        version = plans.start_draft(case, worker, day)
        plans.save_draft(version, plans.PlanInput(plan_date=day, goal="Pflegehelferin", steps=[
            plans.StepInput(f"Sie bewerben sich bei Pflegedienst {i}", "client", "naechste_schritte",
                            frequency="zweimal im Monat"),
            plans.StepInput("Wir übernehmen die Fahrtkosten", "jobcenter", "unterstuetzung_jobcenter")]),
            version.revision, worker)
        version.refresh_from_db()
        plans.agree(version, worker, day)
    return workers


def test_team_lead_sees_figures_and_trends_without_any_caseworker_name(world):
    workers = _plans_for_team(world, world.nord, 10)  # five active caseworkers in each of two months
    figures.refresh_all()
    html = _browser(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "Qualität der aktuellen Pläne" in html and "Creaming" in html
    assert "<svg" in html
    assert not any(w.last_name in html or w.username in html for w in workers)


def test_month_with_fewer_than_five_active_caseworkers_shows_no_trend(world):
    _plans_for_team(world, world.nord, 6)  # three per month
    figures.refresh_all()
    html = _browser(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "<svg" not in html


def test_team_smaller_than_five_is_suppressed(world):
    _plans_for_team(world, world.nord, 2)
    figures.refresh_all()
    html = _browser(world.lead_nord).get("/team/kennzahlen/").content.decode()
    assert "weniger als fünf Fachkräfte" in html
    assert "Qualität der aktuellen Pläne" not in html


def test_refresh_writes_no_domain_state_but_is_audited(world):
    _plans_for_team(world, world.nord, 5)
    before = (PlanVersion.objects.count(), Case.objects.count(), list(PlanVersion.objects.values_list("revision")))
    _browser(world.lead_nord).post("/team/kennzahlen/aktualisieren/")
    assert (PlanVersion.objects.count(), Case.objects.count(),
            list(PlanVersion.objects.values_list("revision"))) == before
    assert AuditEvent.objects.filter(action="figures.refresh", actor=world.lead_nord).exists()


def test_csv_and_pdf_exports_have_the_team_figures(world):
    _plans_for_team(world, world.nord, 5)
    figures.refresh_all()
    lead = _browser(world.lead_nord)
    csv_text = lead.get("/team/kennzahlen.csv").content.decode()
    assert csv_text.splitlines()[0].startswith("month;") and "gesamt" in csv_text.splitlines()[0]
    assert "cw" not in csv_text.splitlines()[0].split(";")
    pdf = lead.get("/team/kennzahlen.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_own_figures_are_private(world):
    workers = _plans_for_team(world, world.nord, 5)
    figures.refresh_all()
    assert _browser(workers[0]).get("/meine-kennzahlen/").status_code == 200
    assert _browser(world.lead_nord).get("/meine-kennzahlen/").status_code == 403
    assert _browser(workers[0]).get("/team/kennzahlen/").status_code == 403
    assert _browser(world.client_a).get("/team/kennzahlen.csv").status_code == 403
