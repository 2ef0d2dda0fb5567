"""Fill a SQLite database with N synthetic cases quickly (bulk inserts) for the web benchmark."""

from __future__ import annotations

import random
from datetime import date, timedelta

from augenhoehe.domain.dates import add_months


def seed(n_cases: int, n_caseworkers: int, today: date, seed_value: int = 1) -> list[int]:
    """Create teams, caseworkers, clients, cases and plans; return the caseworker ids."""
    from augenhoehe.web.accounts.models import Jobcenter, Role, Team, User
    from augenhoehe.web.workspace.models import (
        Case,
        Client,
        Plan,
        PlanStep,
        PlanVersion,
        PotentialAnalysisRecord,
    )

    rng = random.Random(seed_value)
    jc = Jobcenter.objects.create(name="Jobcenter Bench")
    teams = Team.objects.bulk_create([Team(jobcenter=jc, name=f"Team {i + 1}")
                                      for i in range(max(1, n_caseworkers // 10))])
    workers = User.objects.bulk_create([
        User(username=f"bench{i}", role=Role.CASEWORKER, team=teams[i % len(teams)],
             first_name="Fach", last_name=f"Kraft {i}", password="!") for i in range(n_caseworkers)])
    clients = Client.objects.bulk_create([
        Client(first_name=rng.choice(["Aylin", "Jonas", "Olena", "Mehmet", "Sabine", "Ahmad"]),
               last_name=f"Person{i}") for i in range(n_cases)], batch_size=2000)
    cases = Case.objects.bulk_create([
        Case(reference=f"B-{i:06d}", client=clients[i], team=workers[i % n_caseworkers].team,
             caseworker=workers[i % n_caseworkers], opened_on=today - timedelta(days=rng.randint(30, 700)))
        for i in range(n_cases)], batch_size=2000)
    PotentialAnalysisRecord.objects.bulk_create([
        PotentialAnalysisRecord(case=c, conducted_on=c.opened_on, strengths="Zuverlässig",
                                wishes="Ich möchte arbeiten.", created_by=c.caseworker,
                                obstacles={"language": "Deutsch A2"}) for c in cases], batch_size=2000)
    with_plan = [c for c in cases if rng.random() < 0.85]
    plans = Plan.objects.bulk_create([Plan(case=c) for c in with_plan], batch_size=2000)
    versions = []
    for plan, case in zip(plans, with_plan, strict=True):
        day = today - timedelta(days=rng.randint(0, 300))
        versions.append(PlanVersion(
            plan=plan, number=1, plan_date=day, goal="Lagerlogistik in Vollzeit",
            interim_goal="Staplerschein", review_date=add_months(day, 6),
            concluded_on=day if rng.random() < 0.8 else None, created_by=case.caseworker))
    versions = PlanVersion.objects.bulk_create(versions, batch_size=2000)
    PlanStep.objects.bulk_create([
        PlanStep(version=v, position=k, section="naechste_schritte" if k < 2 else "unterstuetzung_jobcenter",
                 owner="client" if k < 2 else "jobcenter", text=f"Schritt {k + 1} mit konkretem Inhalt",
                 due_date=v.plan_date + timedelta(days=30 * (k + 1)), author="caseworker")
        for v in versions for k in range(4)], batch_size=5000)
    return [w.pk for w in workers]


def case_public_ids(caseworker_id: int, with_plan: bool = False, drafts: bool = False) -> list[str]:
    """The public ids (as in URLs) of a caseworker's cases: all, those with a plan version 1, or those whose
    version 1 is a draft (not yet agreed, so the plan editor opens)."""
    from augenhoehe.web.workspace.models import Case

    cases = Case.objects.filter(caseworker_id=caseworker_id)
    if drafts:
        cases = cases.filter(plan__versions__number=1, plan__versions__concluded_on__isnull=True)
    elif with_plan:
        cases = cases.filter(plan__versions__number=1)
    return [str(p) for p in cases.values_list("public_id", flat=True)]


def session_cookie(user_id: int) -> str:
    """Create a logged-in session for a user and return its key (no password needed)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from augenhoehe.web.accounts.models import User

    user = User.objects.get(pk=user_id)
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key or ""


