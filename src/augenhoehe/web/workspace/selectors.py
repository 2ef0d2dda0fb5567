"""Read-side queries of the workspace: what a page lists (caseload, team overview), in few queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from django.db.models import Count, OuterRef, Q, Subquery

from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Offer, Plan, PlanVersion
from augenhoehe.web.workspace.services.status import STATUS_LABELS, PlanStatus, StatusInfo, status_of


@dataclass(frozen=True)
class ClientName:
    """Name of the person, as the caseload shows it."""

    first_name: str
    last_name: str


@dataclass(frozen=True)
class CaseSummary:
    """The columns of a case the caseload needs (no full model instances)."""

    pk: int
    public_id: UUID
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


def caseload_rows(user: User, query: str, wanted: str, day: date) -> list[CaseRow]:
    """The caseworker's open cases with plan status, filtered by a search text and a status."""
    latest = PlanVersion.objects.filter(plan__case=OuterRef("pk")).order_by("-number")
    qs = (
        Case.objects.filter(caseworker=user, closed_on__isnull=True)
        .annotate(
            latest_id=Subquery(latest.values("pk")[:1]),
            open_summons=Count("summonses", filter=Q(summonses__resolved_on__isnull=True), distinct=True),
        )
        .order_by("client__last_name", "client__first_name")
    )
    query = clean_text(query, 100).strip()
    if query:
        qs = qs.filter(Q(client__last_name__icontains=query) | Q(client__first_name__icontains=query)
                       | Q(reference__icontains=query))
    cases = list(qs.values("pk", "public_id", "reference", "client__first_name", "client__last_name",
                           "plan__deferred_reason", "latest_id", "open_summons"))
    versions = {
        v["pk"]: VersionSummary(v["concluded_on"], v["review_date"], v["reviewed_on"])
        for v in PlanVersion.objects.filter(pk__in=[c["latest_id"] for c in cases if c["latest_id"]])
        .values("pk", "concluded_on", "review_date", "reviewed_on")
    }
    rows = []
    for c in cases:
        version = versions.get(c["latest_id"])
        plan = PlanSummary(c["plan__deferred_reason"]) if c["plan__deferred_reason"] is not None else None
        summary = CaseSummary(c["pk"], c["public_id"], c["reference"],
                              ClientName(c["client__first_name"], c["client__last_name"]), c["open_summons"])
        rows.append(CaseRow(summary, status_of(plan, version, day), version))
    if wanted in PlanStatus.__members__.values():
        rows = [r for r in rows if r.status.status == wanted]
    return rows


def recently_closed(user: User, limit: int = 20) -> list[Case]:
    """The caseworker's most recently ended cases (to look something up or reopen one)."""
    return list(Case.objects.filter(caseworker=user, closed_on__isnull=False).select_related("client")
                .order_by("-closed_on", "-pk")[:limit])


def team_overview(team_id: int, day: date) -> tuple[list[dict[str, Any]], int, list[Plan]]:
    """Counts and shares per plan status over a team's open cases (no figures per caseworker),
    the number of cases and the deferrals without a plan version."""
    latest = PlanVersion.objects.filter(plan__case=OuterRef("pk")).order_by("-number")
    cases = list(Case.objects.filter(team_id=team_id, closed_on__isnull=True)
                 .annotate(latest_id=Subquery(latest.values("pk")[:1])))
    versions = PlanVersion.objects.in_bulk([c.latest_id for c in cases if c.latest_id])
    plans = {p.case_id: p for p in Plan.objects.filter(case__in=cases)}
    counts = {s: 0 for s in PlanStatus}
    for case in cases:
        counts[status_of(plans.get(case.pk), versions.get(case.latest_id), day).status] += 1
    total = len(cases) or 1
    rows = [{"key": s.value, "label": STATUS_LABELS[s], "count": counts[s],
             "share": round(100 * counts[s] / total)} for s in PlanStatus]
    latest_of = {c.pk: c.latest_id for c in cases}
    deferrals = [p for p in plans.values() if p.deferred_reason and not latest_of.get(p.case_id)]
    return rows, len(cases), deferrals


@dataclass(frozen=True)
class OverdueReview:
    """One overdue review as the team lead may see it: which case, whose, since when; no content."""

    reference: str
    caseworker: str
    review_date: date


def overdue_reviews(team_id: int, day: date) -> list[OverdueReview]:
    """The team's open cases whose newest agreed, unreviewed version is past its review date."""
    latest = PlanVersion.objects.filter(plan__case=OuterRef("pk")).order_by("-number")
    cases = list(Case.objects.filter(team_id=team_id, closed_on__isnull=True)
                 .annotate(latest_id=Subquery(latest.values("pk")[:1])).select_related("caseworker"))
    versions = PlanVersion.objects.in_bulk([c.latest_id for c in cases if c.latest_id])
    plans = {p.case_id: p for p in Plan.objects.filter(case__in=cases)}
    out = []
    for case in cases:
        version = versions.get(case.latest_id)
        if status_of(plans.get(case.pk), version, day).status is PlanStatus.REVIEW_OVERDUE and version:
            assert version.review_date is not None
            out.append(OverdueReview(case.reference, case.caseworker.get_full_name() or case.caseworker.username,
                                     version.review_date))
    return sorted(out, key=lambda r: (r.review_date, r.reference))


def offers_for(case: Case) -> list[Offer]:
    """Active offers of the case's Jobcenter and the ones for every Jobcenter (the editor's catalogue)."""
    return list(Offer.objects.filter(Q(jobcenter__isnull=True) | Q(jobcenter_id=case.team.jobcenter_id), active=True))
