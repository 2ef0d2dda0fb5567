"""Messages between client and Jobcenter, Vermerke (staff only) and settling letters."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.web.workspace.models import Side
from augenhoehe.web.workspace.services import access, conversation, obligations
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case


@requires(Capability.WORK_ON_CASES)
@require_POST
def staff_message(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """The Jobcenter writes to the client."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request):
        conversation.send(case, request.user, Side.STAFF, request.POST.get("text", ""))
        messages.success(request, _("Die Nachricht ist gesendet."))
    return to_case(case, "nachrichten-h")


@requires(Capability.WORK_ON_CASES)
@require_POST
def add_note(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """A Vermerk on the case (staff only)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request):
        conversation.add_note(case, request.user, request.POST.get("text", ""))
        messages.success(request, _("Der Vermerk ist gespeichert."))
    return to_case(case, "vermerke-h")


@requires(Capability.WORK_ON_CASES)
@require_POST
def edit_note(request: AuthedRequest, case_public_id: UUID, note_public_id: UUID) -> HttpResponse:
    """Change one's own Vermerk (audited)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request):
        conversation.edit_note(case, request.user, note_public_id, request.POST.get("text", ""))
        messages.success(request, _("Der Vermerk ist geändert."))
    return to_case(case, "vermerke-h")


@requires(Capability.WORK_ON_CASES)
@require_POST
def delete_note(request: AuthedRequest, case_public_id: UUID, note_public_id: UUID) -> HttpResponse:
    """Delete one's own Vermerk (audited)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    conversation.delete_note(case, request.user, note_public_id)
    messages.success(request, _("Der Vermerk ist gelöscht."))
    return to_case(case, "vermerke-h")


@requires(Capability.WORK_ON_CASES)
@require_POST
def settle_summons(request: AuthedRequest, case_public_id: UUID, summons_public_id: UUID) -> HttpResponse:
    """Mark a letter as settled (erledigt), so it no longer counts as open."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request):
        obligations.settle(case, request.user, summons_public_id, today())
        messages.success(request, _("Das Schreiben ist als erledigt markiert."))
    return to_case(case)


@requires(Capability.USE_PORTAL)
@require_POST
def portal_message(request: AuthedRequest) -> HttpResponse:
    """The client writes to the Jobcenter."""
    case = access.case_for_client(request.user)
    with flash_errors(request):
        conversation.send(case, request.user, Side.CLIENT, request.POST.get("text", ""))
        messages.success(request, _("Ihre Nachricht ist bei Ihrer Fachkraft angekommen."))
    return redirect("/portal/#nachrichten-h")
