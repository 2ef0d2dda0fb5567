"""Live checker in the plan editor (HTMX fragment) and dismissal of findings."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.regimes import regime_on, rules_for
from augenhoehe.web.workspace import checker_texts, plan_form
from augenhoehe.web.workspace.models import Case
from augenhoehe.web.workspace.services import access, plans, quality
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case


def _render_panel(request: AuthedRequest, case: Case, result: dict, dismissed: set[tuple[str, str]]) -> HttpResponse:
    findings = quality.visible_findings(result, dismissed)
    return render(request, "workspace/_findings.html", {
        "case": case, "findings": checker_texts.localised_findings(findings),
        "scores": quality.score_rows(result), "total": result["scores"]["gesamt"],
        "total_reasons": checker_texts.reasons(result, "gesamt"),
        "pieces": quality.highlighted_text(result["text"], findings),
        "dismissed_count": len(result["findings"]) - len(findings),
    })


@requires(Capability.WORK_ON_CASES)
@require_POST
def live_check(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Check the editor's unsaved content and return the findings panel."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    version = plans.latest_version(case)
    if version is None:
        return HttpResponse("")
    slots = rules_for(regime_on(version.plan_date)).content_slots
    result = quality.check_domain_plan(plan_form.lenient_plan(request.POST, slots), team_id=case.team_id)
    return _render_panel(request, case, result, quality.dismissed_keys(version))


@requires(Capability.WORK_ON_CASES)
@require_POST
def dismiss_finding(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Dismiss one finding with a reason (stored, audited, counted in statistics)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    version = plans.latest_version(case)
    if version is None:
        return to_case(case)
    with flash_errors(request):
        quality.dismiss(version, request.user, request.POST.get("code", ""),
                        request.POST.get("excerpt", ""), request.POST.get("reason", ""))
        messages.success(request, _("Der Hinweis ist mit Ihrer Begründung verworfen."))
    return redirect("edit_plan", case_public_id=case.public_id)
