"""Load a simulated Jobcenter into the workspace through the same services the app uses."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from django.db import transaction

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.web.accounts.models import Jobcenter, Role, Team, User
from augenhoehe.web.workspace.demo import DEMO_PASSWORD
from augenhoehe.web.workspace.models import Case, Client, PlanVersion, PotentialAnalysisRecord
from augenhoehe.web.workspace.services import contacts, obligations, plans

TEAM_LEAD_NAMES = (("Birgit", "Hansen"), ("Frank", "Neumann"), ("Sevgi", "Arslan"), ("Jörg", "Lindner"))
SUMMONS_KINDS = {"summons": "aufforderung", "verpflichtung": "verpflichtung"}


def _slug(name: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", "", name.lower().replace("team ", "").replace("ü", "ue")).split()
    return words[0] if words else "team"


def _user(username: str, first: str, last: str, role: str, team: Team | None) -> User:
    return User.objects.create_user(username, password=DEMO_PASSWORD, first_name=first,
                                    last_name=last, role=role, team=team)


def _plan_on(plan: CooperationPlan, day: date) -> CooperationPlan:
    """The simulated plan as the workspace stores it: dated, never without a goal."""
    return replace(plan, plan_date=day, goal=plan.goal or "–")


def _load_versions(case: Case, caseworker: User, sim_case: Any) -> None:
    previous: PlanVersion | None = None
    for sim_version in sim_case.plans:
        day = sim_version.plan.plan_date or sim_case.opened_on
        if previous is None:
            version = plans.start_draft(case, caseworker, day)
        else:
            if previous.concluded_on is not None:
                outcomes = {s.pk: ("done" if i % 3 else "partly", "") for i, s in enumerate(previous.steps.all())}
                plans.record_review(previous, caseworker, max(day, previous.concluded_on), "", outcomes)
            version = plans.continue_plan(previous, caseworker, day)
        version.refresh_from_db()
        plans.save_draft(version, _plan_on(sim_version.plan, day), version.revision, caseworker)
        version.refresh_from_db()
        if sim_version.concluded_on:
            plans.agree(version, caseworker, sim_version.concluded_on, check_findings=False)
        previous = version


def _load_event(case: Case, caseworker: User, event: Any, client_user: User | None) -> bool:
    """Contacts, Summons, Verpflichtung and Schlichtung events become the workspace's own records."""
    try:
        if event.kind == "contact" and event.detail.get("minutes"):
            contacts.record_contact(case, caseworker, event.date, min(480, int(event.detail["minutes"])), "in_person")
            return True
        if event.kind in SUMMONS_KINDS:
            step = (case.plan.versions.filter(plan_date__lte=event.date, concluded_on__isnull=False)
                    .order_by("-number").first())
            client_step = step.steps.filter(owner__in=["client", "both"]).first() if step else None
            obligations.issue_summons(case, caseworker, obligations.SummonsInput(
                kind=SUMMONS_KINDS[event.kind], step_id=client_step.pk if client_step else None,
                issued_on=event.date,
                obligation=client_step.text if client_step else "Teilnahme am Gespräch zum Kooperationsplan",
                frequency="zweimal im Monat", proof_form="Liste der Bewerbungen mit Datum und Firma",
                proof_deadline=event.date + timedelta(days=30)))
            return True
        if event.kind == "schlichtung":
            obligations.request_schlichtung(case, client_user or caseworker, "client" if client_user else "jobcenter",
                                            "Keine Einigung über die Schritte im Plan", event.date)
            return True
    except (ValidationError, AttributeError):
        return False
    return False


@transaction.atomic
def load_simulation(result: Any, portal_logins: int = 6) -> dict[str, list[str]]:
    """Create Jobcenter, teams, users, cases, plan versions and Summons from a SimulationResult."""
    jc = Jobcenter.objects.create(name=result.jobcenter_name)
    logins: dict[str, list[str]] = {"Teamleitung": [], "Integrationsfachkraft": [], "Kundin/Kunde": [],
                                    "Administration": []}
    User.objects.create_superuser("admin", password=DEMO_PASSWORD, role=Role.ADMIN)
    logins["Administration"].append("admin")
    teams: dict[str, Team] = {}
    for sim_team in result.teams:
        team = Team.objects.create(jobcenter=jc, name=sim_team.name)
        teams[sim_team.id] = team
        lead = f"tl.{_slug(sim_team.name)}"
        first, last = TEAM_LEAD_NAMES[len(teams) % len(TEAM_LEAD_NAMES)]
        _user(lead, first, last, Role.TEAM_LEAD, team)
        logins["Teamleitung"].append(lead)
    workers: dict[str, User] = {}
    team_of = {cw.id: teams[cw.team_id] for cw in result.caseworkers}
    counters: dict[str, int] = {}
    for cw in result.caseworkers:
        slug = _slug(teams[cw.team_id].name)
        counters[slug] = counters.get(slug, 0) + 1
        username = f"fk.{slug}.{counters[slug]}"
        workers[cw.id] = _user(username, cw.first_name, cw.last_name, Role.CASEWORKER, teams[cw.team_id])
        logins["Integrationsfachkraft"].append(username)
    clients = {c.id: c for c in result.clients}
    events_by_case: dict[str, list[Any]] = {}
    for event in result.events:
        events_by_case.setdefault(event.case_id, []).append(event)
    for number, sim_case in enumerate(sorted(result.cases, key=lambda c: c.id), start=1):
        sim_client = clients[sim_case.client_id]
        caseworker = workers[sim_case.caseworker_id]
        user = None
        if number <= portal_logins:
            user = _user(f"kunde{number}", sim_client.first_name, sim_client.last_name, Role.CLIENT, None)
            logins["Kundin/Kunde"].append(user.username)
        client = Client.objects.create(first_name=sim_client.first_name, last_name=sim_client.last_name,
                                       birth_year=sim_client.birth_year, user=user)
        case = Case.objects.create(reference=sim_case.id, client=client, team=team_of[sim_case.caseworker_id],
                                   caseworker=caseworker, opened_on=sim_case.opened_on,
                                   closed_on=sim_case.closed_on)
        pa = sim_case.potential_analysis
        PotentialAnalysisRecord.objects.create(
            case=case, conducted_on=pa.conducted_on or sim_case.opened_on, strengths=pa.strengths,
            wishes=pa.wishes, created_by=caseworker, obstacles={k.value: v for k, v in pa.obstacles.items()})
        _load_versions(case, caseworker, sim_case)
        contacts.assess_cooperation(case, caseworker, min(5, 1 + int(sim_client.cooperation_perceived * 5)))
        for event in events_by_case.get(sim_case.id, []):
            _load_event(case, caseworker, event, user)
    return logins
