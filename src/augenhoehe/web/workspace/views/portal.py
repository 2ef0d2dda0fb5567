"""The client portal: read the own plan, propose, comment, mark done, confirm, Schlichtung."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import NotFound, ValidationError
from augenhoehe.domain.plan import SECTION_LABELS, STEP_SECTIONS
from augenhoehe.web.workspace.forms import ProposalForm, SchlichtungForm
from augenhoehe.web.workspace.models import PlanStep, Proposal, Side
from augenhoehe.web.workspace.services import access, appointments, conversation, obligations, participation, plans
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, case_context, flash_errors, requires
from augenhoehe.web.workspace.views.documents import contact_of


@requires(Capability.USE_PORTAL)
def portal(request: AuthedRequest) -> HttpResponse:
    """The client's own plan in plain language, letters, appointments and the conversation."""
    try:
        case = access.case_for_client(request.user)
    except NotFound:
        closed = access.closed_case_of_client(request.user)
        if closed is None:
            raise
        return render(request, "portal/closed.html", {"case": closed, **contact_of(closed)})
    ctx = case_context(case)
    version = ctx["latest"]
    steps = list(version.steps.all()) if version else []
    for step in steps:
        step.markable = not participation.markable_refusal(step)
    ctx.update({
        "letters": list(case.summonses.select_related("step__version").order_by("-issued_on")),
        "thread": list(conversation.thread(case)),
        "unread": conversation.mark_read(case, Side.CLIENT),
        "appointments": list(appointments.ahead(case, timezone.now())),
        "uploads": list(case.evidence.filter(side=Side.CLIENT)[:10]),
        "evidence_steps": [s for s in steps if s.owner in ("client", "both")],
        "sections": [(_(SECTION_LABELS[s]), [st for st in steps if st.section == s.value])
                     for s in STEP_SECTIONS],
        "proposal_form": ProposalForm(),
        "schlichtung_form": SchlichtungForm(),
        "my_proposals": list(Proposal.objects.filter(version__plan__case=case, author=request.user)
                             .order_by("-created_at")),
        "schlichtung": obligations.running_schlichtung(case, today()),
    })
    return render(request, "portal/plan.html", ctx)


@requires(Capability.USE_PORTAL)
@require_POST
def propose(request: AuthedRequest) -> HttpResponse:
    """Store a proposal or comment of the client."""
    case = access.case_for_client(request.user)
    version = plans.latest_version(case)
    form = ProposalForm(request.POST)
    if version is None:
        messages.error(request, _("Es gibt noch keinen Plan."))
    elif not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
    else:
        with flash_errors(request):
            participation.propose(version, request.user, form.cleaned_data["kind"],
                                  form.cleaned_data["text"])
            messages.success(request, _("Danke! Ihr Vorschlag ist bei Ihrer Fachkraft angekommen."))
    return redirect("portal")


@requires(Capability.USE_PORTAL)
@require_POST
def mark_done(request: AuthedRequest, step_public_id: UUID) -> HttpResponse:
    """Mark one of the client's own steps as done."""
    case = access.case_for_client(request.user)
    step = PlanStep.objects.filter(public_id=step_public_id, version__plan__case=case).first()
    if step is None:
        raise Http404(_("Schritt nicht gefunden."))
    undo = request.POST.get("undo") == "1"
    with flash_errors(request):
        participation.mark_own_step_done(step, request.user, done=not undo)
        if undo:
            messages.success(request, _("Der Schritt ist wieder offen."))
        else:
            messages.success(request, _("Gut gemacht! Der Schritt ist als erledigt markiert."))
    return redirect("portal")


@requires(Capability.USE_PORTAL)
@require_POST
def confirm(request: AuthedRequest) -> HttpResponse:
    """The client confirms the agreed plan."""
    case = access.case_for_client(request.user)
    version = plans.latest_version(case)
    with flash_errors(request):
        if version is None:
            raise ValidationError(_("Es gibt noch keinen Plan."))
        plans.confirm_by_client(version, request.user, how="portal")
        messages.success(request, _("Danke! Sie haben den Plan bestätigt."))
    return redirect("portal")


@requires(Capability.USE_PORTAL)
@require_POST
def request_schlichtung(request: AuthedRequest) -> HttpResponse:
    """The client requests a Schlichtung (Bürgergeld only)."""
    case = access.case_for_client(request.user)
    form = SchlichtungForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte schreiben Sie kurz, worüber Sie sich nicht einig sind."))
        return redirect("portal")
    with flash_errors(request):
        obligations.request_schlichtung(case, request.user, "client",
                                        form.cleaned_data["reason"], today())
        messages.success(request, _("Ihre Schlichtung ist beantragt. Eine neutrale Person meldet sich."))
    return redirect("portal")
