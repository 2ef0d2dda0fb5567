"""Private pages of a caseworker: self-reflection, training, Fallberatung and the case library."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.web.reflection import instruments
from augenhoehe.web.reflection.exercises import exercise, exercises
from augenhoehe.web.reflection.services import fallberatung, selfcheck
from augenhoehe.web.reflection.services import library as lib
from augenhoehe.web.reflection.services import training as train
from augenhoehe.web.workspace.services import access
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires


@requires(Capability.SHAPE_TEAM_STANDARDS)
def overview(request: AuthedRequest) -> HttpResponse:
    """Start page: what reflection, training and team standards offer to this user."""
    return render(request, "reflection/overview.html", {})


@requires(Capability.REFLECT)
def self_reflection(request: AuthedRequest) -> HttpResponse:
    """The questionnaire, the own results and their change over time (only this caseworker sees them)."""
    if request.method == "POST":
        with flash_errors(request) as outcome:
            selfcheck.submit(request.user, request.POST, bool(request.POST.get("share")))
            messages.success(request, _("Ihre Antworten sind gespeichert. Nur Sie sehen Ihr Ergebnis."))
        if outcome.ok:
            return redirect("self_reflection")
    history = selfcheck.own_history(request.user)
    return render(request, "reflection/self_reflection.html", {
        "items": instruments.ITEMS, "scale": instruments.SCALE, "dimensions": instruments.DIMENSIONS,
        "history": history, "changes": selfcheck.changes(history), "answers": request.POST})


@requires(Capability.REFLECT)
@require_POST
def delete_self_reflection(request: AuthedRequest) -> HttpResponse:
    """Delete all own results."""
    selfcheck.delete_own(request.user)
    messages.success(request, _("Ihre Ergebnisse sind gelöscht."))
    return redirect("self_reflection")


@requires(Capability.REFLECT)
def training(request: AuthedRequest) -> HttpResponse:
    """The exercises and the trainee's own attempts."""
    return render(request, "reflection/training.html", {
        "exercises": exercises().values(), "attempts": train.own_attempts(request.user)})


@requires(Capability.REFLECT)
def exercise_page(request: AuthedRequest, key: str) -> HttpResponse:
    """One exercise: rewrite the old-style plan and get the checker's feedback."""
    item = exercise(key)
    before = train.checked(item.text)
    result, attempt = None, None
    text = request.POST.get("rewrite", "") if request.method == "POST" else ""
    if request.method == "POST":
        with flash_errors(request):
            attempt, result, item = train.rewrite(request.user, key, text)
    return render(request, "reflection/exercise.html", {
        "exercise": item, "before": before, "result": result, "attempt": attempt, "text": text,
        "attempts": train.own_attempts(request.user, key)})


@requires(Capability.REFLECT)
def discussions(request: AuthedRequest) -> HttpResponse:
    """The team's Fallberatungen and a form to bring in an own case."""
    if request.method == "POST":
        with flash_errors(request) as outcome:
            item = fallberatung.create(request.user, request.POST.get("case", ""),
                                       request.POST.get("title", ""), request.POST.get("situation", ""),
                                       request.POST.get("question", ""))
            messages.success(request, _("Die pseudonymisierte Fallvorstellung ist angelegt. Bitte prüfen Sie "
                                        "den Text, bevor das Team ihn sieht."))
        if outcome.ok:
            return redirect("discussion", discussion_id=item.pk)
    own_cases = access.cases_visible_to(request.user).filter(caseworker=request.user, closed_on__isnull=True)
    return render(request, "reflection/discussions.html", {
        "discussions": fallberatung.visible_to(request.user),
        "own_cases": own_cases.select_related("client").order_by("client__last_name")})


@requires(Capability.REFLECT)
def discussion(request: AuthedRequest, discussion_id: int) -> HttpResponse:
    """A Fallberatung: the pseudonymised case, the phases with a timer, the group's notes."""
    item = fallberatung.get(request.user, discussion_id)
    return render(request, "reflection/discussion.html", {
        "item": item, "phases": fallberatung.PHASES, "notes": item.notes.all(),
        "source_case": fallberatung.source_case_for(request.user, item),
        "is_presenter": item.presenter_id == request.user.pk,
        "minutes": dict((k, m) for k, _l, m in fallberatung.PHASES).get(item.phase, 10)})


@requires(Capability.REFLECT)
@require_POST
def discussion_phase(request: AuthedRequest, discussion_id: int) -> HttpResponse:
    """Go to another phase."""
    item = fallberatung.get(request.user, discussion_id)
    with flash_errors(request):
        fallberatung.advance(request.user, item, request.POST.get("phase", ""))
    return redirect("discussion", discussion_id=item.pk)


@requires(Capability.REFLECT)
@require_POST
def discussion_note(request: AuthedRequest, discussion_id: int) -> HttpResponse:
    """Add a note in the current phase."""
    item = fallberatung.get(request.user, discussion_id)
    with flash_errors(request):
        fallberatung.add_note(request.user, item, request.POST.get("text", ""))
    return redirect("discussion", discussion_id=item.pk)


@requires(Capability.REFLECT)
@require_POST
def discussion_conclude(request: AuthedRequest, discussion_id: int) -> HttpResponse:
    """The presenter's conclusion."""
    item = fallberatung.get(request.user, discussion_id)
    with flash_errors(request):
        fallberatung.conclude(request.user, item, request.POST.get("conclusion", ""))
        messages.success(request, _("Ihr Abschluss ist festgehalten."))
    return redirect("discussion", discussion_id=item.pk)


@requires(Capability.REFLECT)
def library(request: AuthedRequest) -> HttpResponse:
    """Search the case library by situation and word; contribute an own plan."""
    situation, query = request.GET.get("situation", ""), request.GET.get("q", "")
    own_cases = access.cases_visible_to(request.user).filter(caseworker=request.user)
    return render(request, "reflection/library.html", {
        "plans": lib.search(situation, query), "situations": lib.SITUATIONS, "situation": situation,
        "query": query, "own_cases": own_cases.select_related("client").order_by("client__last_name")})


@requires(Capability.REFLECT)
@require_POST
def contribute(request: AuthedRequest) -> HttpResponse:
    """Contribute the pseudonymised latest plan of an own case."""
    with flash_errors(request):
        lib.contribute(request.user, request.POST.get("case", ""), request.POST.get("title", ""),
                       request.POST.getlist("situations"))
        messages.success(request, _("Danke! Der Plan steht pseudonymisiert in der Fallbibliothek."))
    return redirect("library")
