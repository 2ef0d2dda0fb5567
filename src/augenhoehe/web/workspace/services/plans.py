"""Plan lifecycle: draft, save with optimistic locking, agree, confirm, review, Fortschreibung."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from augenhoehe.domain.dates import latest_review_date
from augenhoehe.domain.errors import ConflictError, ValidationError
from augenhoehe.domain.plan import (
    Author,
    CooperationPlan,
    StepStatus,
)
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Plan, PlanStep, PlanVersion
from augenhoehe.web.workspace.services import audit, quality


@dataclass
class StepInput:
    """One step as submitted by the editor."""

    text: str
    owner: str
    section: str
    due_date: date | None = None
    frequency: str = ""
    evidence: str = ""
    author: str = Author.CASEWORKER.value
    status: str = StepStatus.OPEN.value


@dataclass
class PlanInput:
    """The editable fields of a plan version."""

    plan_date: date
    goal: str
    interim_goal: str = ""
    other_notes: str = ""
    review_date: date | None = None
    content_slots: dict[str, str] = field(default_factory=dict)
    steps: list[StepInput] = field(default_factory=list)
    goal_author: str = Author.CASEWORKER.value
    interim_goal_author: str = Author.CASEWORKER.value


def latest_version(case: Case) -> PlanVersion | None:
    """The newest version of the case's plan, if any."""
    return PlanVersion.objects.filter(plan__case=case).defer("check_result").order_by("-number").first()


def agreed_version(case: Case) -> PlanVersion | None:
    """The newest agreed version (what currently applies)."""
    return (PlanVersion.objects.filter(plan__case=case, concluded_on__isnull=False)
            .defer("check_result").order_by("-number").first())


def review_warning(plan_date: date, review_date: date | None) -> str:
    """German warning when the review date is missing or later than six months."""
    if review_date is None:
        return _("Bitte legen Sie einen Termin für die gemeinsame Überprüfung fest.")
    if review_date > latest_review_date(plan_date):
        return _("Die Überprüfung liegt mehr als sechs Monate nach dem Plan "
                 "(§ 15 Abs. 3 SGB II: spätestens nach sechs Monaten).")
    return ""


def _validate(data: PlanInput) -> None:
    if not data.goal.strip():
        raise ValidationError(_("Bitte tragen Sie ein Berufsziel ein."))
    if data.review_date and data.review_date < data.plan_date:
        raise ValidationError(_("Die Überprüfung kann nicht vor dem Datum des Plans liegen."))


@transaction.atomic
def start_draft(case: Case, user: User, plan_date: date) -> PlanVersion:
    """Create the first draft of a case's plan (default review in six months)."""
    plan, _created = Plan.objects.get_or_create(case=case)
    if plan.versions.exists():
        raise ValidationError(_("Für diesen Fall gibt es schon einen Plan."))
    plan.deferred_reason, plan.deferred_until, plan.deferred_at = "", None, None
    plan.save()
    version = PlanVersion.objects.create(
        plan=plan, number=1, plan_date=plan_date, created_by=user,
        review_date=latest_review_date(plan_date),
    )
    audit.record(user, "plan.create", case, version)
    return version


@transaction.atomic
def save_draft(version: PlanVersion, data: PlanInput, expected_revision: int, user: User) -> int:
    """Save the editor's fields and steps; refuse if someone saved in between. Returns revision."""
    if version.concluded_on is not None:
        raise ValidationError(_("Diese Version ist vereinbart und kann nicht mehr geändert werden. "
                                "Beginnen Sie eine Fortschreibung."))
    _validate(data)
    updated = PlanVersion.objects.filter(pk=version.pk, revision=expected_revision).update(
        plan_date=data.plan_date, goal=data.goal.strip(), interim_goal=data.interim_goal.strip(),
        goal_author=Author(data.goal_author).value, interim_goal_author=Author(data.interim_goal_author).value,
        other_notes=data.other_notes.strip(), review_date=data.review_date,
        content_slots={k: v.strip() for k, v in data.content_slots.items() if v.strip()},
        revision=F("revision") + 1, updated_at=timezone.now(),
    )
    if not updated:
        raise ConflictError(_("Der Plan wurde inzwischen von jemand anderem geändert."))
    version.steps.all().delete()
    PlanStep.objects.bulk_create([
        PlanStep(version=version, position=i, section=s.section, owner=s.owner,
                 text=s.text.strip(), due_date=s.due_date, frequency=s.frequency.strip(),
                 evidence=s.evidence.strip(), author=s.author, status=s.status)
        for i, s in enumerate(data.steps)
    ])
    audit.record(user, "plan.update", version.plan.case, version, revision=expected_revision + 1)
    quality.store_check(version)
    return expected_revision + 1


@transaction.atomic
def agree(version: PlanVersion, user: User, concluded_on: date) -> None:
    """Record the joint conclusion of the plan (caseworker)."""
    if version.concluded_on is not None:
        raise ValidationError(_("Dieser Plan ist bereits vereinbart."))
    if not version.goal.strip() or not version.steps.exists():
        raise ValidationError(_("Ein Plan braucht ein Berufsziel und mindestens einen Schritt."))
    version.concluded_on, version.concluded_by = concluded_on, user
    version.revision += 1
    version.save(update_fields=["concluded_on", "concluded_by", "revision", "updated_at"])
    audit.record(user, "plan.agree", version.plan.case, version)
    quality.store_check(version)


@transaction.atomic
def confirm_by_client(version: PlanVersion, user: User, how: str = "portal") -> None:
    """Record the client's confirmation (in the portal or in person)."""
    if version.concluded_on is None:
        raise ValidationError(_("Der Plan ist noch ein Entwurf und kann noch nicht bestätigt werden."))
    if version.reviewed_on is not None:
        raise ValidationError(_("Dieser Plan wurde schon gemeinsam überprüft; bestätigen Sie bitte die neue Version."))
    version.client_confirmed_at, version.client_confirmed_how = timezone.now(), how
    version.save(update_fields=["client_confirmed_at", "client_confirmed_how", "updated_at"])
    audit.record(user, "plan.confirm", version.plan.case, version, how=how)


@transaction.atomic
def defer(case: Case, user: User, reason: str, until: date | None) -> None:
    """Defer concluding a plan with a recorded reason (a decision, not a failure)."""
    if not reason.strip():
        raise ValidationError(_("Bitte geben Sie einen Grund für den Aufschub an."))
    plan, _created = Plan.objects.get_or_create(case=case)
    plan.deferred_reason, plan.deferred_until = reason.strip(), until
    plan.deferred_at = timezone.now()
    plan.save()
    audit.record(user, "plan.defer", case, plan, until=until.isoformat() if until else None)


@transaction.atomic
def record_review(version: PlanVersion, user: User, held_on: date, notes: str,
                  outcomes: dict[int, tuple[str, str]]) -> None:
    """Record a review: per step a status and a note, plus overall notes."""
    if version.concluded_on is None:
        raise ValidationError(_("Nur ein vereinbarter Plan kann überprüft werden."))
    if version.reviewed_on is not None:
        raise ValidationError(_("Diese Version wurde bereits überprüft."))
    for step in version.steps.all():
        status, note = outcomes.get(step.pk, (step.status, ""))
        StepStatus(status)
        step.status, step.review_outcome = status, clean_text(note, 1000).strip()
        step.save(update_fields=["status", "review_outcome"])
    version.reviewed_on, version.review_notes = held_on, clean_text(notes).strip()
    version.revision += 1
    version.save(update_fields=["reviewed_on", "review_notes", "revision", "updated_at"])
    audit.record(user, "plan.review", version.plan.case, version)


@transaction.atomic
def continue_plan(version: PlanVersion, user: User, plan_date: date) -> PlanVersion:
    """Fortschreibung: a new draft version that carries over goals and unfinished steps."""
    if version.plan.versions.filter(number__gt=version.number).exists():
        raise ValidationError(_("Es gibt schon eine neuere Version."))
    new = PlanVersion.objects.create(
        plan=version.plan, number=version.number + 1, plan_date=plan_date,
        goal=version.goal, goal_author=version.goal_author, interim_goal=version.interim_goal,
        interim_goal_author=version.interim_goal_author, other_notes=version.other_notes,
        content_slots=version.content_slots, review_date=latest_review_date(plan_date),
        created_by=user,
    )
    carried = [s for s in version.steps.all() if s.status in ("open", "partly", "not_done")]
    PlanStep.objects.bulk_create([
        PlanStep(version=new, position=i, section=s.section, owner=s.owner, text=s.text,
                 due_date=None, frequency=s.frequency, evidence=s.evidence, author=s.author)
        for i, s in enumerate(carried)
    ])
    audit.record(user, "plan.continue", version.plan.case, new, previous=version.number)
    return new


def steps_from_domain(plan: CooperationPlan) -> list[StepInput]:
    """Domain steps as editor input (used by the demo loader)."""
    return [StepInput(text=s.text, owner=s.owner.value, section=s.section.value,
                      due_date=s.due_date, frequency=s.frequency, evidence=s.evidence,
                      author=s.author.value, status=s.status.value) for s in plan.steps]


def version_as_dict(version: PlanVersion) -> dict[str, Any]:
    """Plain values of a version for conflict display."""
    return {"goal": version.goal, "interim_goal": version.interim_goal,
            "other_notes": version.other_notes}
