"""Meine Fälle and the case page for caseworkers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import HttpResponse
from django.shortcuts import redirect, render

from augenhoehe.domain.clock import today
from augenhoehe.domain.plan import OBSTACLE_LABELS, ObstacleField
from augenhoehe.domain.text import clean_text
from augenhoehe.web.workspace.forms import AssessmentForm, ContactForm, DeferForm, PotentialAnalysisForm
from augenhoehe.web.workspace.models import Case, PlanVersion, PotentialAnalysisRecord, Proposal
from augenhoehe.web.workspace.services import access, audit
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.services.status import STATUS_LABELS, PlanStatus, StatusInfo, status_of
from augenhoehe.web.workspace.views.common import AuthedRequest, case_context, requires

PAGE_SIZE = 50


@dataclass(frozen=True)
class ClientName:
    """Name of the person, as the caseload shows it."""

    first_name: str
    last_name: str


@dataclass(frozen=True)
class CaseSummary:
    """The columns of a case the caseload needs (no full model instances)."""

    pk: int
    reference: str
    client: ClientName
    open_summons: int


@dataclass(frozen=True)
class VersionSummary:
    """Dates of the newest plan version that decide the status."""

    concluded_on: date | None
    review_date: date | None
    reviewed_on: date | None


@dataclass(frozen=True)
class PlanSummary:
    """The plan record's deferral."""

    deferred_reason: str


@dataclass(frozen=True)
class CaseRow:
    """One line of the caseload."""

    case: CaseSummary
    status: StatusInfo
    version: VersionSummary | None


def _caseload_rows(request: AuthedRequest) -> list[CaseRow]:
    latest = PlanVersion.objects.filter(plan__case=OuterRef("pk")).order_by("-number")
    qs = (
        Case.objects.filter(caseworker=request.user, closed_on__isnull=True)
        .annotate(
            latest_id=Subquery(latest.values("pk")[:1]),
            open_summons=Count("summonses", filter=Q(summonses__resolved_on__isnull=True), distinct=True),
        )
        .order_by("client__last_name", "client__first_name")
    )
    query = clean_text(request.GET.get("q", ""), 100).strip()
    if query:
        qs = qs.filter(Q(client__last_name__icontains=query) | Q(client__first_name__icontains=query)
                       | Q(reference__icontains=query))
    cases = list(qs.values("pk", "reference", "client__first_name", "client__last_name",
                           "plan__deferred_reason", "latest_id", "open_summons"))
    versions = {
        v["pk"]: VersionSummary(v["concluded_on"], v["review_date"], v["reviewed_on"])
        for v in PlanVersion.objects.filter(pk__in=[c["latest_id"] for c in cases if c["latest_id"]])
        .values("pk", "concluded_on", "review_date", "reviewed_on")
    }
    day = today()
    rows = []
    for c in cases:
        version = versions.get(c["latest_id"])
        plan = PlanSummary(c["plan__deferred_reason"]) if c["plan__deferred_reason"] is not None else None
        summary = CaseSummary(c["pk"], c["reference"], ClientName(c["client__first_name"], c["client__last_name"]),
                              c["open_summons"])
        rows.append(CaseRow(summary, status_of(plan, version, day), version))
    wanted = request.GET.get("status", "")
    if wanted in PlanStatus.__members__.values():
        rows = [r for r in rows if r.status.status == wanted]
    return rows


@requires(Capability.WORK_ON_CASES)
def caseload(request: AuthedRequest) -> HttpResponse:
    """The caseworker's own caseload with plan status, review dates and open Summons."""
    rows = _caseload_rows(request)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("seite"))
    counts = {s: 0 for s in PlanStatus}
    for row in rows:
        counts[row.status.status] += 1
    return render(request, "workspace/caseload.html", {
        "page": page, "query": request.GET.get("q", ""), "status_filter": request.GET.get("status", ""),
        "status_choices": list(STATUS_LABELS.items()), "counts": counts, "total": len(rows),
    })


@requires(Capability.WORK_ON_CASES)
def case_detail(request: AuthedRequest, case_id: int) -> HttpResponse:
    """The case page: Potenzialanalyse, then the plan and its history."""
    case = access.case_for_staff(request.user, case_id)
    ctx = case_context(case)
    pa = case.potential_analyses.first()
    ctx.update({
        "pa": pa,
        "pa_obstacles": [(OBSTACLE_LABELS[ObstacleField(k)], v) for k, v in
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
    })
    return render(request, "workspace/case_detail.html", ctx)


@requires(Capability.WORK_ON_CASES)
def potential_analysis_edit(request: AuthedRequest, case_id: int) -> HttpResponse:
    """Record a new Potenzialanalyse (the previous ones stay in the history)."""
    case = access.case_for_staff(request.user, case_id)
    previous = case.potential_analyses.first()
    if request.method == "POST":
        form = PotentialAnalysisForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            record = PotentialAnalysisRecord.objects.create(
                case=case, conducted_on=data["conducted_on"], strengths=data["strengths"],
                wishes=data["wishes"], created_by=request.user,
                obstacles={k.value: data[f"obstacle_{k.value}"] for k in ObstacleField
                           if data[f"obstacle_{k.value}"]},
            )
            audit.record(request.user, "potential_analysis.create", case, record)
            return redirect("case_detail", case_id=case.pk)
    else:
        initial: dict[str, object] = {"conducted_on": today()}
        if previous:
            initial.update({"strengths": previous.strengths, "wishes": previous.wishes})
            initial.update({f"obstacle_{k}": v for k, v in previous.obstacles.items()})
        form = PotentialAnalysisForm(initial=initial)
    return render(request, "workspace/potential_analysis_form.html", {"case": case, "form": form})
