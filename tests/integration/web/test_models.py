"""The workspace schema stores cases, plans and steps on the configured database."""

from datetime import date

import pytest

from augenhoehe.web.accounts.models import Jobcenter, Role, Team, User
from augenhoehe.web.workspace.models import Case, Client, Plan, PlanStep, PlanVersion

pytestmark = pytest.mark.django_db


def test_plan_with_steps_is_stored_and_read_back_with_umlauts():
    jc = Jobcenter.objects.create(name="Jobcenter Kassel")
    team = Team.objects.create(jobcenter=jc, name="Team Süd")
    cw = User.objects.create_user("fk", password="x" * 12, role=Role.CASEWORKER, team=team)
    client = Client.objects.create(first_name="Jürgen", last_name="Weiß")
    case = Case.objects.create(reference="K-1", client=client, team=team, caseworker=cw,
                               opened_on=date(2026, 8, 1))
    version = PlanVersion.objects.create(plan=Plan.objects.create(case=case), number=1,
                                         plan_date=date(2026, 9, 1), goal="Straßenbahnfahrer",
                                         created_by=cw)
    PlanStep.objects.create(version=version, section="naechste_schritte", owner="client",
                            text="Führerschein-Unterlagen überprüfen", author="client")
    stored = PlanVersion.objects.get(pk=version.pk)
    assert stored.goal == "Straßenbahnfahrer"
    assert [s.text for s in stored.steps.all()] == ["Führerschein-Unterlagen überprüfen"]
