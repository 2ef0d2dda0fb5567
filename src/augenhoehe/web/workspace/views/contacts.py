"""Caseworker endpoints to record contacts and the cooperation assessment."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.web.workspace.forms import AssessmentForm, ContactForm
from augenhoehe.web.workspace.services import access, contacts
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case


@requires(Capability.WORK_ON_CASES)
@require_POST
def record_contact(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Record a contact with its duration."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    form = ContactForm(request.POST)
    if not form.is_valid():
        messages.error(request, str(form.errors["date"][0]) if "date" in form.errors
                       else _("Bitte Datum und eine Dauer zwischen 1 und 480 Minuten angeben."))
    else:
        with flash_errors(request):
            contacts.record_contact(case, request.user, form.cleaned_data["date"], form.cleaned_data["minutes"],
                                    form.cleaned_data["channel"])
            messages.success(request, _("Der Kontakt ist festgehalten."))
    return to_case(case)


@requires(Capability.WORK_ON_CASES)
@require_POST
def assess(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Record the caseworker's assessment of the cooperation."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    form = AssessmentForm(request.POST)
    if form.is_valid():
        contacts.assess_cooperation(case, request.user, form.cleaned_data["level"])
        messages.success(request, _("Die Einschätzung ist gespeichert."))
    else:
        messages.error(request, _("Bitte eine Einschätzung von 1 bis 5 wählen."))
    return to_case(case)
