"""Live checker in the plan editor (HTMX fragment) and dismissal of findings."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.plan import Author, CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.services import access, plans, quality
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires

MAX_FIELD = 4000


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _choice(enum: type, value: str, default: object) -> object:
    try:
        return enum(value)
    except ValueError:
        return default


def plan_from_post(post: dict) -> CooperationPlan:
    """A lenient domain plan from the editor's unsaved form data (for checking while typing)."""
    total = min(int(post.get("steps-TOTAL_FORMS", "0") or 0), 30) if str(
        post.get("steps-TOTAL_FORMS", "0")).isdigit() else 0
    steps = []
    for i in range(total):
        text = (post.get(f"steps-{i}-text") or "")[:1000].strip()
        if not text or post.get(f"steps-{i}-DELETE"):
            continue
        steps.append(Step(
            text=text,
            owner=_choice(StepOwner, post.get(f"steps-{i}-owner", ""), StepOwner.CLIENT),  # type: ignore[arg-type]
            section=_choice(Section, post.get(f"steps-{i}-section", ""), Section.NAECHSTE_SCHRITTE),  # type: ignore[arg-type]
            due_date=_date(post.get(f"steps-{i}-due_date", "")),
            frequency=(post.get(f"steps-{i}-frequency") or "")[:100],
            author=_choice(Author, post.get(f"steps-{i}-author", ""), Author.CASEWORKER),  # type: ignore[arg-type]
        ))
    return CooperationPlan(
        goal=(post.get("goal") or "")[:MAX_FIELD], interim_goal=(post.get("interim_goal") or "")[:MAX_FIELD],
        other_notes=(post.get("other_notes") or "")[:MAX_FIELD], steps=steps,
        plan_date=_date(post.get("plan_date", "")), review_date=_date(post.get("review_date", "")),
        goal_author=_choice(Author, post.get("goal_author", ""), Author.CASEWORKER),  # type: ignore[arg-type]
        content_slots={k.removeprefix("slot_"): (v or "")[:1000] for k, v in post.items()
                       if k.startswith("slot_") and v},
    )


def _render_panel(request: AuthedRequest, case_id: int, version_id: int, result: dict,
                  dismissed: set[tuple[str, str]]) -> HttpResponse:
    findings = quality.visible_findings(result, dismissed)
    return render(request, "workspace/_findings.html", {
        "case_id": case_id, "version_id": version_id, "findings": findings,
        "scores": quality.score_rows(result), "total": result["scores"]["gesamt"],
        "pieces": quality.highlighted_text(result["text"], findings),
        "dismissed_count": len(result["findings"]) - len(findings),
    })


@requires(Capability.WORK_ON_CASES)
@require_POST
def live_check(request: AuthedRequest, case_id: int) -> HttpResponse:
    """Check the editor's unsaved content and return the findings panel."""
    case = access.case_for_staff(request.user, case_id, read_as=None)
    version = plans.latest_version(case)
    if version is None:
        return HttpResponse("")
    result = quality.check_domain_plan(plan_from_post(request.POST.dict()))
    return _render_panel(request, case.pk, version.pk, result, quality.dismissed_keys(version))


@requires(Capability.WORK_ON_CASES)
@require_POST
def dismiss_finding(request: AuthedRequest, case_id: int) -> HttpResponse:
    """Dismiss one finding with a reason (stored, audited, counted in statistics)."""
    case = access.case_for_staff(request.user, case_id, read_as=None)
    version = plans.latest_version(case)
    if version is None:
        return redirect("case_detail", case_id=case.pk)
    with flash_errors(request):
        quality.dismiss(version, request.user, request.POST.get("code", ""),
                        request.POST.get("excerpt", ""), request.POST.get("reason", ""))
        messages.success(request, _("Der Hinweis ist mit Ihrer Begründung verworfen."))
    return redirect("edit_plan", case_id=case.pk)
