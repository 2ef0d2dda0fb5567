"""Changing and cancelling an invitation: the client sees it in the portal, the letter and the calendar file."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.workspace.models import Appointment, Case
from augenhoehe.web.workspace.services import access, appointments
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case
from augenhoehe.web.workspace.workday_forms import CancelForm, InvitationForm


def _appointment(case: Case, appointment_public_id: UUID) -> Appointment:
    item = case.appointments.filter(public_id=appointment_public_id).first()
    if item is None:
        raise Http404(_("Termin nicht gefunden."))
    return item


@requires(Capability.WORK_ON_CASES)
def change_appointment(request: AuthedRequest, case_public_id: UUID, appointment_public_id: UUID) -> HttpResponse:
    """Move an appointment or change how and where it takes place."""
    case = access.case_for_staff(request.user, case_public_id)
    item = _appointment(case, appointment_public_id)
    starts = timezone.localtime(item.starts_at)
    form = InvitationForm(request.POST or None, initial={
        "day": starts.date(), "time": starts.time(), "minutes": item.minutes, "channel": item.channel,
        "place": item.place, "purpose": item.purpose})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            appointments.reschedule(item, request.user, appointments.Invitation(
                starts_at=timezone.make_aware(datetime.combine(d["day"], d["time"])), minutes=d["minutes"],
                channel=d["channel"], place=d["place"], purpose=d["purpose"]), timezone.now())
        except ValidationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Der Termin ist geändert. Die Person sieht die Änderung im Portal; "
                                        "Brief und Kalenderdatei sind neu."))
            return to_case(case, "termine-h")
    return render(request, "workspace/appointment_change.html", {
        "case": case, "item": item, "form": form, "cancel_form": CancelForm()})


@requires(Capability.WORK_ON_CASES)
@require_POST
def cancel_appointment(request: AuthedRequest, case_public_id: UUID, appointment_public_id: UUID) -> HttpResponse:
    """Cancel an appointment (audited)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    item = _appointment(case, appointment_public_id)
    form = CancelForm(request.POST)
    with flash_errors(request):
        appointments.cancel(item, request.user, form.data.get("reason", ""), timezone.now())
        messages.success(request, _("Der Termin ist abgesagt. Die Person sieht die Absage im Portal."))
    return to_case(case, "termine-h")
