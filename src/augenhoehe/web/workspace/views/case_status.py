"""Ending and reopening a case, and the client's portal login (created or reset from the case page)."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.workspace.services import access, cases, client_login
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case
from augenhoehe.web.workspace.workday_forms import CloseCaseForm


@requires(Capability.WORK_ON_CASES)
@require_POST
def close_case(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """End the case with a reason category (audited); coming appointments are cancelled."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    form = CloseCaseForm(request.POST, prefix="close")
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie einen Grund und das Datum."))
        return to_case(case, "beenden-h")
    try:
        cases.close_case(case, request.user, form.cleaned_data["reason"], form.cleaned_data["closed_on"], today(),
                         timezone.now())
    except ValidationError as exc:
        messages.error(request, str(exc))
        return to_case(case, "beenden-h")
    messages.success(request, _("Der Fall %(reference)s ist beendet. Die Person sieht nach der Anmeldung eine "
                                "kurze Seite mit Ihrem Kontakt.") % {"reference": case.reference})
    return redirect("caseload")


@requires(Capability.WORK_ON_CASES)
@require_POST
def reopen_case(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Open an ended case again (audited)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request):
        cases.reopen_case(case, request.user)
        messages.success(request, _("Der Fall ist wieder offen."))
    return to_case(case)


@requires(Capability.WORK_ON_CASES)
@require_POST
def grant_portal_login(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Create or reset the client's portal login; the initial password is shown this once."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request) as outcome:
        login = client_login.grant(case, request.user)
    if not outcome.ok:
        return to_case(case, "zugang-h")
    return render(request, "workspace/portal_login.html", {"case": case, "login": login})
