"""The simulated demo Jobcenter loads through the workspace services and keeps their rules."""

from __future__ import annotations

import pytest

from augenhoehe.domain.regimes import GRUNDSICHERUNG_START
from augenhoehe.simulation import demo_jobcenter
from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.workspace.models import Case, PlanVersion, Summons
from augenhoehe.web.workspace.simulation_loader import load_simulation

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def simulated():
    return demo_jobcenter(seed=7)


def test_every_simulated_case_and_plan_version_arrives_with_its_check(simulated):
    load_simulation(simulated)
    assert Case.objects.count() == len(simulated.cases)
    assert PlanVersion.objects.count() == sum(len(c.plans) for c in simulated.cases)
    assert not PlanVersion.objects.filter(check_result__isnull=True).exists()


def test_loaded_summons_respect_the_law_of_their_day(simulated):
    load_simulation(simulated)
    assert Summons.objects.exists()
    assert not Summons.objects.filter(kind="verpflichtung", issued_on__lt=GRUNDSICHERUNG_START).exists()
    assert all(s.step_id is None or s.step.version.plan.case_id == s.case_id for s in Summons.objects.all())


def test_logins_exist_for_every_role(simulated):
    logins = load_simulation(simulated)
    assert User.objects.filter(role=Role.TEAM_LEAD).count() == len(simulated.teams)
    assert len(logins["Kundin/Kunde"]) == 6
    assert User.objects.get(username="kunde1").client_profile.cases.exists()


def test_simulated_contacts_and_assessments_arrive_for_the_creaming_analysis(simulated):
    from augenhoehe.web.workspace.models import Contact

    load_simulation(simulated)
    contacts = sum(1 for e in simulated.events if e.kind == "contact" and e.detail.get("minutes"))
    assert Contact.objects.count() == contacts
    assert not Case.objects.filter(cooperation_assessment__isnull=True).exists()
