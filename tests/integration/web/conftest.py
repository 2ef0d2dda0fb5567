"""Helpers for the web integration tests: logged-in browsers, a private data dir, a team with plans."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client as Browser

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.accounts.models import Role, Team, User
from augenhoehe.web.workspace.models import Case, Client
from augenhoehe.web.workspace.services import plans


def browser_for(user: User) -> Browser:
    """A test browser logged in as the user."""
    browser = Browser()
    browser.force_login(user)
    return browser


@pytest.fixture
def data_dir(tmp_path, settings):
    """Monitoring snapshots and figures go to a temporary data directory."""
    settings.DATA_DIR = tmp_path
    return tmp_path


def team_with_plans(team: Team, n_caseworkers: int) -> list[User]:
    """Caseworkers with one agreed plan each, alternating between two months."""
    workers = [User.objects.create_user(f"{team.name}-fk{i}", password="x" * 12, role=Role.CASEWORKER,
                                        team=team, last_name=f"Nachname{i}") for i in range(n_caseworkers)]
    for i, worker in enumerate(workers):
        client = Client.objects.create(first_name="Vor", last_name=f"Person{team.pk}{i}")
        case = Case.objects.create(reference=f"{team.pk}-{i}", client=client, team=team, caseworker=worker,
                                   opened_on=date(2026, 8, 1))
        day = date(2026, 9 + i % 2, 1)  # two months, so the trend charts have two points
        version = plans.start_draft(case, worker, day)
        plans.save_draft(version, CooperationPlan(plan_date=day, goal="Pflegehelferin", steps=[
            Step(f"Sie bewerben sich bei Pflegedienst {i}", StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE,
                            frequency="zweimal im Monat"),
            Step("Wir übernehmen die Fahrtkosten", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER)]),
            version.revision, worker)
        version.refresh_from_db()
        plans.agree(version, worker, day)
    return workers
