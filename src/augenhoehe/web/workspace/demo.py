"""A small demo Jobcenter built through the same services the app uses."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.db import transaction

from augenhoehe.domain import lifecycle
from augenhoehe.domain.plan import CooperationPlan, PotentialAnalysis, Section, Step, StepOwner
from augenhoehe.web.accounts.models import Jobcenter, Role, Team, User
from augenhoehe.web.workspace.models import Case, Client, PotentialAnalysisRecord
from augenhoehe.web.workspace.services import obligations, plans

DEMO_PASSWORD = "augenhoehe-demo"


@dataclass
class DemoCase:
    """One demo case: who, the Potenzialanalyse, and how far the plan got."""

    first_name: str
    last_name: str
    potential: PotentialAnalysis
    plan: CooperationPlan | None
    stage: str  # none | deferred | draft | agreed | reviewed | continued
    login: str = ""
    defer_reason: str = ""
    summons_step: int | None = None


@dataclass
class DemoTeam:
    """A team with its caseworkers and their cases."""

    name: str
    lead: tuple[str, str, str]
    caseworkers: list[tuple[str, str, str]]
    cases: list[list[DemoCase]] = field(default_factory=list)


def _user(username: str, first: str, last: str, role: str, team: Team | None) -> User:
    user = User.objects.create_user(username, password=DEMO_PASSWORD, first_name=first,
                                    last_name=last, role=role, team=team)
    return user


def _load_case(spec: DemoCase, team: Team, caseworker: User, number: int, today: date) -> None:
    client = Client.objects.create(first_name=spec.first_name, last_name=spec.last_name)
    if spec.login:
        client.user = _user(spec.login, spec.first_name, spec.last_name, Role.CLIENT, None)
        client.save()
    pa_day = spec.potential.conducted_on or today - timedelta(days=60)
    case = Case.objects.create(reference=f"{team.name[:1].upper()}-{number:05d}", client=client,
                               team=team, caseworker=caseworker, opened_on=pa_day)
    PotentialAnalysisRecord.objects.create(
        case=case, conducted_on=pa_day, strengths=spec.potential.strengths,
        wishes=spec.potential.wishes, created_by=caseworker,
        obstacles={k.value: v for k, v in spec.potential.obstacles.items()})
    if spec.stage == "deferred":
        plans.defer(case, caseworker, spec.defer_reason, today + timedelta(days=30))
    if spec.plan is None or spec.stage in ("none", "deferred"):
        return
    plan_day = spec.plan.plan_date or pa_day
    version = plans.start_draft(case, caseworker, plan_day)
    plan = replace(spec.plan, plan_date=plan_day,
                   review_date=spec.plan.review_date or lifecycle.default_review_date(plan_day))
    plans.save_draft(version, plan, version.revision, caseworker)
    if spec.stage == "draft":
        return
    version.refresh_from_db()
    plans.agree(version, caseworker, plan_day, check_findings=False)  # demo history, as written then
    if spec.summons_step is not None:
        step = list(version.steps.all())[spec.summons_step]
        obligations.issue_summons(case, caseworker, obligations.SummonsInput(
            kind="aufforderung" if plan_day < date(2026, 7, 1) else "verpflichtung",
            step_id=step.pk, issued_on=plan_day + timedelta(days=20), obligation=step.text,
            frequency="zweimal im Monat", proof_form="Liste der Bewerbungen",
            proof_deadline=plan_day + timedelta(days=50)))
    if spec.stage in ("reviewed", "continued"):
        review_day = version.review_date or lifecycle.default_review_date(plan_day)
        outcomes = {s.pk: ("done" if i % 2 == 0 else "partly", "") for i, s in
                    enumerate(version.steps.all())}
        plans.record_review(version, caseworker, min(review_day, today), "Gemeinsam besprochen.",
                            outcomes)
    if spec.stage == "continued":
        plans.continue_plan(version, caseworker, min(version.review_date or today, today))


@transaction.atomic
def load_demo(teams: list[DemoTeam], jobcenter_name: str, today: date) -> dict[str, list[str]]:
    """Create the Jobcenter, teams, users and cases; return the logins by role."""
    jc = Jobcenter.objects.create(name=jobcenter_name)
    logins: dict[str, list[str]] = {"Teamleitung": [], "Integrationsfachkraft": [], "Kundin/Kunde": [],
                                    "Administration": []}
    admin = User.objects.create_superuser("admin", password=DEMO_PASSWORD, role=Role.ADMIN)
    logins["Administration"].append(admin.username)
    number = 1
    for spec in teams:
        team = Team.objects.create(jobcenter=jc, name=spec.name)
        _user(*spec.lead, Role.TEAM_LEAD, team)
        logins["Teamleitung"].append(spec.lead[0])
        for cw_spec, cases in zip(spec.caseworkers, spec.cases, strict=True):
            caseworker = _user(*cw_spec, Role.CASEWORKER, team)
            logins["Integrationsfachkraft"].append(cw_spec[0])
            for case_spec in cases:
                _load_case(case_spec, team, caseworker, number, today)
                if case_spec.login:
                    logins["Kundin/Kunde"].append(case_spec.login)
                number += 1
    return logins


def sample_step(text: str, owner: StepOwner = StepOwner.CLIENT,
                section: Section = Section.NAECHSTE_SCHRITTE, **kwargs: object) -> Step:
    """Shorthand for demo steps."""
    return Step(text=text, owner=owner, section=section, **kwargs)  # type: ignore[arg-type]
