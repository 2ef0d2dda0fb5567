"""Team pages: the team's own standards, the reflection aggregate and the discussion guide (PDF)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.check.model import INDICATOR_LABELS
from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.reflection.services import guide as guide_service
from augenhoehe.web.reflection.services import selfcheck
from augenhoehe.web.reflection.services import standards as std
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires


def _team(request: AuthedRequest):  # noqa: ANN202 (Team)
    if request.user.team is None:
        raise ValidationError(_("Sie gehören keinem Team an."))
    return request.user.team


@requires(Capability.SHAPE_TEAM_STANDARDS)
def standards(request: AuthedRequest) -> HttpResponse:
    """The team's standards: add one, see the history and how the team's plans meet them."""
    team = _team(request)
    if request.method == "POST":
        with flash_errors(request) as outcome:
            std.add(team, request.user, {
                "title": request.POST.get("title", ""), "text": request.POST.get("text", ""),
                "rules": request.POST.get("rules", "").replace(";", ",").split(","),
                "action": request.POST.get("action", "require"), "indicator": request.POST.get("indicator", ""),
                "threshold": request.POST.get("threshold") or None})
            messages.success(request, _("Der Standard gilt ab jetzt im Editor des Teams."))
        if outcome.ok:
            return redirect("team_standards")
    items = std.standards_of(team)
    return render(request, "reflection/standards.html", {
        "team": team, "standards": items, "history": std.history(team), "rules": std.rule_codes(),
        "indicators": INDICATOR_LABELS, "development": std.development(team), "form": request.POST})


@requires(Capability.SHAPE_TEAM_STANDARDS)
@require_POST
def remove_standard(request: AuthedRequest, index: int) -> HttpResponse:
    """Remove one standard (a new revision; the old one stays in the history)."""
    with flash_errors(request):
        std.remove(_team(request), request.user, index)
        messages.success(request, _("Der Standard ist entfernt."))
    return redirect("team_standards")


@requires(Capability.SHAPE_TEAM_STANDARDS)
def team_reflection(request: AuthedRequest) -> HttpResponse:
    """The team's self-reflection aggregate: from five participants on, never a person."""
    return render(request, "reflection/team_reflection.html",
                  {"aggregate": selfcheck.team_aggregate(request.user.team)})


def _guide_context(request: AuthedRequest) -> dict:
    return {"team": request.user.team, "figures": guide_service.team_figures(request.user.team),
            "findings": guide_service.findings(), "questions": guide_service.questions(),
            "limits": guide_service.limits(), "today": today()}


@requires(Capability.SHAPE_TEAM_STANDARDS)
def guide(request: AuthedRequest) -> HttpResponse:
    """The facilitated discussion guide on client differentiation."""
    return render(request, "reflection/guide.html", _guide_context(request))


@requires(Capability.SHAPE_TEAM_STANDARDS)
def guide_pdf(request: AuthedRequest) -> HttpResponse:
    """The discussion guide as a PDF for the team meeting."""
    from augenhoehe.web.workspace.views.documents import render_pdf

    html = render_to_string("reflection/guide_pdf.html", _guide_context(request), request=request)
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="gespraechsleitfaden.pdf"'
    return response
