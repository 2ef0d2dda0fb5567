"""Plan lifecycle: draft, save with optimistic locking, agree, confirm, review, Fortschreibung."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from augenhoehe.domain import lifecycle
from augenhoehe.domain.errors import ConflictError, ValidationError
from augenhoehe.domain.lifecycle import Refusal
from augenhoehe.domain.plan import CooperationPlan, StepStatus
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace import checker_texts
from augenhoehe.web.workspace.models import Case, Plan, PlanStep, PlanVersion
from augenhoehe.web.workspace.services import audit, quality, stored
from augenhoehe.web.workspace.services.refusals import REFUSALS


def latest_version(case: Case) -> PlanVersion | None:
    """The newest version of the case's plan, if any."""
    return PlanVersion.objects.filter(plan__case=case).defer("check_result").order_by("-number").first()


def agreed_version(case: Case) -> PlanVersion | None:
    """The newest agreed version (what currently applies)."""
    return (PlanVersion.objects.filter(plan__case=case, concluded_on__isnull=False)
            .defer("check_result").order_by("-number").first())


def review_warning(plan_date: date, review_date: date | None) -> str:
    """German (translated) warning when the review date is missing or later than six months."""
    problem = lifecycle.review_problem(plan_date, review_date)
    return str(REFUSALS[problem]) if problem else ""


def _refuse(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise ValidationError(str(REFUSALS[refusal]))


def first_version(plan: Plan) -> PlanVersion | None:
    """Version 1 of a plan, if it exists."""
    return plan.versions.order_by("number").first()


def start_draft(case: Case, user: User, plan_date: date) -> PlanVersion:
    """Create the first draft of a case's plan (default review in six months); idempotent.

    Only an explicit request starts a draft (opening the editor does not). When the first draft
    exists already, also because a parallel request just created it, that draft is returned;
    a case with an agreed plan is refused (a Fortschreibung starts the next version).
    """
    try:
        with transaction.atomic():
            plan, _created = Plan.objects.get_or_create(case=case)
            Plan.objects.select_for_update().filter(pk=plan.pk).first()
            if first_version(plan) is None:
                Plan.objects.filter(pk=plan.pk).update(deferred_reason="", deferred_until=None, deferred_at=None)
                version = PlanVersion.objects.create(
                    plan=plan, number=1, plan_date=plan_date, created_by=user,
                    review_date=lifecycle.default_review_date(plan_date),
                )
                audit.record(user, "plan.create", case, version)
                return version
    except IntegrityError:
        pass  # a parallel request created version 1 between our read and our insert
    existing = PlanVersion.objects.filter(plan__case=case).order_by("-number").first()
    if existing is None or existing.concluded_on is not None or existing.number > 1:
        _refuse(Refusal.PLAN_EXISTS)
    assert existing is not None
    return existing


def open_errors(version: PlanVersion) -> list[dict]:
    """The checker's error-level findings of the stored version that were not dismissed."""
    result = quality.check_domain_plan(stored.to_domain(version))
    return [f for f in quality.visible_findings(result, quality.dismissed_keys(version))
            if f["severity"] == "error"]


def save_draft(version: PlanVersion, plan: CooperationPlan, expected_revision: int, user: User) -> int:
    """Save the editor's plan; refuse if someone saved in between. Returns the new revision.

    The checker runs after the commit, outside the transaction that holds the row lock.
    """
    with transaction.atomic():
        _refuse(lifecycle.refuse_saving(plan, version.concluded_on))
        updated = PlanVersion.objects.filter(pk=version.pk, revision=expected_revision).update(
            **stored.version_fields(plan), revision=F("revision") + 1, updated_at=timezone.now())
        if not updated:
            raise ConflictError(_("Der Plan wurde inzwischen von jemand anderem geändert."))
        stored.replace_steps(version, plan)
        audit.record(user, "plan.update", version.plan.case, version, revision=expected_revision + 1)
    version.refresh_from_db()  # the update above wrote the row, not this object: check what was saved
    quality.store_check(version)
    return expected_revision + 1


def agree(version: PlanVersion, user: User, concluded_on: date, override_reason: str = "",
          check_findings: bool = True) -> None:
    """Record the joint conclusion of the plan (caseworker); the checker runs after the commit.

    An error-level finding (sanction language, a review later than six months, …) blocks the
    agreement until it is removed or, with `override_reason`, consciously dismissed: each open
    error is then dismissed with that reason (audited as `finding.dismiss` and `plan.agree_override`).
    `check_findings=False` is for importing past plans (the simulation), never for the editor.
    """
    errors = open_errors(version) if check_findings else []
    reason = clean_text(override_reason, 1000).strip()
    with transaction.atomic():
        if errors and reason:
            for f in errors:
                quality.dismiss(version, user, f["code"], f["excerpt"], reason)
            audit.record(user, "plan.agree_override", version.plan.case, version,
                         codes=sorted({f["code"] for f in errors}), reason=reason)
            errors = []
        refusal = lifecycle.refuse_agreeing(stored.to_domain(version), version.concluded_on, len(errors))
        if refusal is Refusal.OPEN_ERRORS:
            listed = "; ".join(f"{f['code']}: {checker_texts.finding_message(f)}" for f in errors[:5])
            raise ValidationError(f"{REFUSALS[refusal]} {listed}")
        _refuse(refusal)
        version.concluded_on, version.concluded_by = concluded_on, user
        version.revision += 1
        version.save(update_fields=["concluded_on", "concluded_by", "revision", "updated_at"])
        Plan.objects.filter(pk=version.plan_id).update(deferred_reason="", deferred_until=None, deferred_at=None)
        audit.record(user, "plan.agree", version.plan.case, version)
    quality.store_check(version)


@transaction.atomic
def confirm_by_client(version: PlanVersion, user: User, how: str = "portal") -> None:
    """Record the client's confirmation (in the portal or in person)."""
    _refuse(lifecycle.refuse_confirming(version.concluded_on, version.reviewed_on))
    version.client_confirmed_at, version.client_confirmed_how = timezone.now(), how
    version.save(update_fields=["client_confirmed_at", "client_confirmed_how", "updated_at"])
    audit.record(user, "plan.confirm", version.plan.case, version, how=how)


@transaction.atomic
def defer(case: Case, user: User, reason: str, until: date | None) -> None:
    """Defer concluding a plan with a recorded reason (a decision, not a failure)."""
    _refuse(lifecycle.refuse_deferring(reason))
    plan, _created = Plan.objects.get_or_create(case=case)
    plan.deferred_reason, plan.deferred_until = reason.strip(), until
    plan.deferred_at = timezone.now()
    plan.save()
    audit.record(user, "plan.defer", case, plan, until=until.isoformat() if until else None)


@transaction.atomic
def record_review(version: PlanVersion, user: User, held_on: date, notes: str,
                  outcomes: dict[int, tuple[str, str]]) -> None:
    """Record a review: per step a status and a note, plus overall notes."""
    _refuse(lifecycle.refuse_reviewing(version.concluded_on, version.reviewed_on))
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
    has_newer = version.plan.versions.filter(number__gt=version.number).exists()
    _refuse(lifecycle.refuse_continuing(has_newer))
    nxt = lifecycle.continued(stored.to_domain(version), plan_date)
    new = PlanVersion.objects.create(plan=version.plan, number=version.number + 1, created_by=user,
                                     **stored.version_fields(nxt))
    PlanStep.objects.bulk_create(stored.step_rows(new, nxt))
    audit.record(user, "plan.continue", version.plan.case, new, previous=version.number)
    return new
