"""The plan editor (BA template) with optimistic locking and a merge view on conflict."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ConflictError, ValidationError
from augenhoehe.domain.regimes import regime_on, rules_for
from augenhoehe.web.workspace import plan_form, selectors
from augenhoehe.web.workspace.forms import DeferForm, PlanForm, StepFormSet
from augenhoehe.web.workspace.models import Offer, Proposal
from augenhoehe.web.workspace.services import access, participation, plans
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case


def _with_extra_row(post: Any, offer: Offer | None = None) -> Any:
    """The POST data with one more step row: empty, or a Jobcenter step from the offers catalogue."""
    data = post.copy()
    total = int(data.get("steps-TOTAL_FORMS", "0") or 0)
    data["steps-TOTAL_FORMS"] = str(total + 1)
    data[f"steps-{total}-author"] = "caseworker"
    data[f"steps-{total}-status"] = "open"
    data[f"steps-{total}-owner"] = "jobcenter" if offer else "client"
    data[f"steps-{total}-section"] = "unterstuetzung_jobcenter" if offer else "naechste_schritte"
    if offer:
        data[f"steps-{total}-text"] = _("Wir bieten Ihnen an: %(title)s") % {"title": offer.title} + (
            f" ({offer.provider})" if offer.provider else "")
    return data



@requires(Capability.WORK_ON_CASES)
def edit_plan(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Edit the current draft; a concurrent save is refused and shown for merging."""
    case = access.case_for_staff(request.user, case_public_id)
    version = plans.latest_version(case)
    if version is None:
        messages.info(request, _("Es gibt noch keinen Entwurf. Beginnen Sie ihn mit „Plan gemeinsam schreiben“."))
        return to_case(case)
    if version.concluded_on is not None:
        messages.info(request, _("Dieser Plan ist vereinbart. Für Änderungen beginnen Sie eine "
                                 "Fortschreibung."))
        return to_case(case)
    slots = rules_for(regime_on(version.plan_date)).content_slots
    conflict = None
    warning = ""
    if request.method == "POST":
        offer = None
        if request.POST.get("add_step") == "offer" and request.POST.get("offer", "").isdigit():
            offer = next((o for o in selectors.offers_for(case) if o.pk == int(request.POST["offer"])), None)
        post = _with_extra_row(request.POST, offer) if "add_step" in request.POST else request.POST
        form = PlanForm(post, slots=slots)
        formset = StepFormSet(post, prefix="steps")
        if "add_step" not in request.POST and form.is_valid() and formset.is_valid():
            data = plan_form.plan_from_forms(form, formset)
            try:
                plans.save_draft(version, data, form.cleaned_data["revision"], request.user)
            except ConflictError:
                version.refresh_from_db()
                conflict = {"theirs": version, "their_steps": list(version.steps.all())}
                post = post.copy()
                post["revision"] = str(version.revision)
                form = PlanForm(post, slots=slots)
                form.is_valid()
            except ValidationError as exc:
                form.add_error(None, str(exc))
            else:
                warning = plans.review_warning(form.cleaned_data["plan_date"], data.review_date)
                if warning:
                    messages.warning(request, warning)
                messages.success(request, _("Der Entwurf ist gespeichert."))
                return redirect("edit_plan", case_public_id=case.public_id)
    else:
        initial, steps = plan_form.initial_from(version)
        form = PlanForm(initial=initial, slots=slots)
        formset = StepFormSet(initial=steps or [{"author": "caseworker", "status": "open",
                                                 "owner": "client"}], prefix="steps")
    return render(request, "workspace/plan_edit.html", {
        "case": case, "version": version, "form": form, "formset": formset,
        "conflict": conflict, "regime_rules": rules_for(regime_on(version.plan_date)),
        "proposals": Proposal.objects.filter(version__plan=version.plan, state="open"),
        "offers": selectors.offers_for(case),
    })


@requires(Capability.WORK_ON_CASES)
@require_POST
def start_plan(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Start the first draft explicitly (idempotent: a second request opens the same draft)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request) as outcome:
        plans.start_draft(case, request.user, today())
    if not outcome.ok:
        return to_case(case)
    return redirect("edit_plan", case_public_id=case.public_id)


@requires(Capability.WORK_ON_CASES)
@require_POST
def agree_plan(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Record the joint conclusion of the current draft (blocked by an open error-level finding)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    version = plans.latest_version(case)
    with flash_errors(request):
        if version is None:
            raise ValidationError(_("Es gibt noch keinen Entwurf."))
        plans.agree(version, request.user, today(), override_reason=request.POST.get("override_reason", ""))
        if request.POST.get("confirmed_in_person"):
            plans.confirm_by_client(version, request.user, how="in_person")
        messages.success(request, _("Der Plan ist gemeinsam vereinbart."))
    return to_case(case)


@requires(Capability.WORK_ON_CASES)
@require_POST
def defer_plan(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Defer the conclusion with a reason."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    form = DeferForm(request.POST)
    if form.is_valid():
        plans.defer(case, request.user, form.cleaned_data["reason"], form.cleaned_data["until"])
        messages.success(request, _("Der Aufschub ist mit Begründung festgehalten."))
    else:
        messages.error(request, _("Bitte geben Sie einen Grund für den Aufschub an."))
    return to_case(case)


@requires(Capability.WORK_ON_CASES)
@require_POST
def answer_proposal(request: AuthedRequest, case_public_id: UUID, proposal_public_id: UUID) -> HttpResponse:
    """Accept or decline a client's proposal."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    proposal = get_object_or_404(Proposal, public_id=proposal_public_id, version__plan__case=case)
    with flash_errors(request):
        latest = plans.latest_version(case)
        target = participation.answer_proposal(
            proposal, request.user, request.POST.get("accept") == "1", latest,
            step_text=request.POST.get("step_text", ""), reply=request.POST.get("reply", ""), day=today())
        if target is not None and latest is not None and target.pk != latest.pk:
            messages.success(request, _("Eine Fortschreibung ist begonnen; der Vorschlag steht darin als Schritt. "
                                        "Prüfen Sie den Wortlaut im Entwurf."))
        else:
            messages.success(request, _("Die Antwort ist gespeichert."))
    return to_case(case)
