"""Meine Fälle and the case page for caseworkers."""

from __future__ import annotations

from uuid import UUID

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from augenhoehe.domain.clock import today
from augenhoehe.domain.plan import OBSTACLE_LABELS, ObstacleField, PotentialAnalysis
from augenhoehe.web.workspace import checker_texts, selectors
from augenhoehe.web.workspace.forms import AssessmentForm, ContactForm, DeferForm, PotentialAnalysisForm
from augenhoehe.web.workspace.models import PlanVersion, Proposal, Side
from augenhoehe.web.workspace.services import access, appointments, conversation, plans, potential
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.services.status import STATUS_LABELS, PlanStatus
from augenhoehe.web.workspace.views.common import AuthedRequest, case_context, requires, to_case
from augenhoehe.web.workspace.workday_forms import CloseCaseForm

PAGE_SIZE = 50


@requires(Capability.WORK_ON_CASES)
def caseload(request: AuthedRequest) -> HttpResponse:
    """The caseworker's own caseload with plan status, review dates and open Summons."""
    rows = selectors.caseload_rows(request.user, request.GET.get("q", ""), request.GET.get("status", ""), today())
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("seite"))
    counts = {s: 0 for s in PlanStatus}
    for row in rows:
        counts[row.status.status] += 1
    unread = conversation.unread_by_case([r.case.pk for r in page])
    return render(request, "workspace/caseload.html", {
        "page": page, "query": request.GET.get("q", ""), "status_filter": request.GET.get("status", ""),
        "status_choices": list(STATUS_LABELS.items()), "counts": counts, "total": len(rows),
        "lines": [(row, unread.get(row.case.pk, 0)) for row in page],
        "reminders": appointments.reminders(request.user, timezone.now()),
        "reminder_titles": [("today", _("Heute")), ("week", _("Diese Woche")),
                            ("deferrals", _("Aufschub endet: wieder ansprechen"))],
        "closed": selectors.recently_closed(request.user),
    })


@requires(Capability.WORK_ON_CASES)
def case_detail(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """The case page: Potenzialanalyse, then the plan and its history."""
    case = access.case_for_staff(request.user, case_public_id)
    ctx = case_context(case)
    latest = ctx["latest"]
    pa = case.potential_analyses.first()
    ctx.update({
        "pa": pa,
        "pa_obstacles": [(_(OBSTACLE_LABELS[ObstacleField(k)]), v) for k, v in
                         (pa.obstacles.items() if pa else []) if v],
        "versions": list(PlanVersion.objects.filter(plan__case=case).defer("check_result").order_by("-number")),
        "proposals": list(Proposal.objects.filter(version__plan__case=case)
                          .select_related("version").order_by("state", "-created_at")),
        "summonses": list(case.summonses.select_related("step").all()),
        "schlichtungen": list(case.schlichtungen.all()),
        "defer_form": DeferForm(),
        "contact_form": ContactForm(initial={"date": today(), "minutes": 30}),
        "assessment_form": AssessmentForm(initial={"level": case.cooperation_assessment}),
        "contacts": list(case.contacts.all()[:5]),
        "open_errors": checker_texts.localised_findings(plans.open_errors(latest))
        if latest and latest.concluded_on is None else [],
        "appointments": list(appointments.ahead(case, timezone.now())),
        "close_form": CloseCaseForm(prefix="close", initial={"closed_on": today()}),
        "thread": list(conversation.thread(case)),
        "unread": conversation.unread_for(case, Side.STAFF),
        "notes": list(case.notes.select_related("author")[:20]),
        "uploads": list(case.evidence.select_related("step")[:20]),
        "evidence_steps": list(latest.steps.all()) if latest else [],
    })
    response = render(request, "workspace/case_detail.html", ctx)
    conversation.mark_read(case, Side.STAFF)
    return response


@requires(Capability.WORK_ON_CASES)
def potential_analysis_edit(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Record a new Potenzialanalyse (the previous ones stay in the history)."""
    case = access.case_for_staff(request.user, case_public_id)
    previous = case.potential_analyses.first()
    if request.method == "POST":
        form = PotentialAnalysisForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            potential.record(case, request.user, PotentialAnalysis(
                strengths=data["strengths"], wishes=data["wishes"], conducted_on=data["conducted_on"],
                obstacles={k: data[f"obstacle_{k.value}"] for k in ObstacleField}))
            return to_case(case)
    else:
        initial: dict[str, object] = {"conducted_on": today()}
        if previous:
            initial.update({"strengths": previous.strengths, "wishes": previous.wishes})
            initial.update({f"obstacle_{k}": v for k, v in previous.obstacles.items()})
        form = PotentialAnalysisForm(initial=initial)
    return render(request, "workspace/potential_analysis_form.html", {"case": case, "form": form})
