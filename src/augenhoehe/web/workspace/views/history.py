"""Reviews, Fortschreibung, versions and the readable diff between them."""

from __future__ import annotations

import difflib
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.render import plan_to_text
from augenhoehe.web.workspace.forms import ReviewForm
from augenhoehe.web.workspace.models import PlanVersion
from augenhoehe.web.workspace.models.plan import STATUS_CHOICES
from augenhoehe.web.workspace.services import access, audit, plans, stored
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case


def diff_lines(old: str, new: str) -> list[tuple[str, str]]:
    """Line diff as (kind, text) with kind in same|added|removed."""
    out = []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        tag, text = line[:2], line[2:]
        if tag == "  ":
            out.append(("same", text))
        elif tag == "+ ":
            out.append(("added", text))
        elif tag == "- ":
            out.append(("removed", text))
    return out


@requires(Capability.WORK_ON_CASES)
def review_plan(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Record the outcome of each step and the joint result of the review."""
    case = access.case_for_staff(request.user, case_public_id)
    version = plans.agreed_version(case)
    if version is None or version != plans.latest_version(case):
        messages.error(request, _("Es gibt keinen vereinbarten Plan, der überprüft werden kann."))
        return to_case(case)
    steps = list(version.steps.all())
    form = ReviewForm(request.POST or None, initial={"held_on": today()})
    if request.method == "POST" and form.is_valid():
        valid = {v for v, _ in STATUS_CHOICES}
        outcomes = {
            s.pk: (request.POST.get(f"status_{s.pk}", s.status),
                   request.POST.get(f"note_{s.pk}", "")[:1000])
            for s in steps
        }
        if any(status not in valid for status, _ in outcomes.values()):
            form.add_error(None, _("Unbekannter Stand bei einem Schritt."))
        else:
            try:
                plans.record_review(version, request.user, form.cleaned_data["held_on"],
                                    form.cleaned_data["notes"], outcomes)
            except ValidationError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Die Überprüfung ist festgehalten. Sie können den Plan "
                                            "jetzt fortschreiben."))
                return to_case(case)
    return render(request, "workspace/review.html", {
        "case": case, "version": version, "steps": steps, "form": form,
        "status_choices": STATUS_CHOICES,
    })


@requires(Capability.WORK_ON_CASES)
@require_POST
def continue_plan(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Start the Fortschreibung as a new draft version."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    version = plans.latest_version(case)
    with flash_errors(request) as outcome:
        if version is None or version.concluded_on is None:
            raise ValidationError(_("Nur ein vereinbarter Plan kann fortgeschrieben werden."))
        plans.continue_plan(version, request.user, today())
    if not outcome.ok:
        return to_case(case)
    messages.success(request, _("Neue Version angelegt. Offene Schritte wurden übernommen."))
    return redirect("edit_plan", case_public_id=case.public_id)


@requires(Capability.WORK_ON_CASES)
def version_detail(request: AuthedRequest, case_public_id: UUID, number: int) -> HttpResponse:
    """One version of the plan, compared with the previous one."""
    case = access.case_for_staff(request.user, case_public_id)
    version = PlanVersion.objects.filter(plan__case=case, number=number).first()
    if version is None:
        raise Http404(_("Version nicht gefunden."))
    audit.record(request.user, "plan.read_version", case, version)
    previous = PlanVersion.objects.filter(plan__case=case, number=number - 1).first()
    text = plan_to_text(stored.to_domain(version), with_slots=True)
    diff = diff_lines(plan_to_text(stored.to_domain(previous), with_slots=True), text) if previous else []
    return render(request, "workspace/version_detail.html", {
        "case": case, "version": version, "previous": previous, "diff": diff, "text": text,
        "steps": list(version.steps.all()),
    })
