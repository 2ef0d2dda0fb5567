"""The caseworker's working day: appointments (PDF, ICS), evidence uploads, new cases, own contact details."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.workspace.models import Case, Evidence, PlanStep, Side
from augenhoehe.web.workspace.services import access, appointments, audit, cases, evidence
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case
from augenhoehe.web.workspace.views.documents import contact_of, render_pdf
from augenhoehe.web.workspace.workday_forms import InvitationForm, NewCaseForm, StaffProfileForm


@requires(Capability.WORK_ON_CASES)
def invite(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Invite the client to an appointment."""
    case = access.case_for_staff(request.user, case_public_id)
    form = InvitationForm(request.POST or None, initial={"day": today(), "minutes": 30})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        starts = timezone.make_aware(datetime.combine(d["day"], d["time"]))
        try:
            appointments.invite(case, request.user, appointments.Invitation(
                starts_at=starts, minutes=d["minutes"], channel=d["channel"], place=d["place"],
                purpose=d["purpose"]), timezone.now())
        except ValidationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Einladung ist angelegt. Die Person sieht sie im Portal."))
            return to_case(case)
    return render(request, "workspace/invitation_form.html", {"case": case, "form": form})


def _appointment_letter(case: Case, appointment_public_id: UUID, fmt: str) -> HttpResponse:
    """One appointment of the case as PDF letter or ICS file; anything else is not found."""
    item = case.appointments.filter(public_id=appointment_public_id).first()
    if item is None or fmt not in ("pdf", "ics"):
        raise Http404(_("Termin nicht gefunden."))
    contact, starts = contact_of(case), timezone.localtime(item.starts_at)
    if fmt == "ics":
        organiser = f"{case.team.jobcenter} · {contact['contact_name']}"
        response = HttpResponse(appointments.ics(item, organiser), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="termin-{starts:%Y-%m-%d}.ics"'
        return response
    previous = timezone.localtime(item.previous_starts_at) if item.previous_starts_at else None
    html = render_to_string("workspace/appointment_pdf.html", {"case": case, "item": item, "starts": starts,
                                                               "previous": previous, **contact})
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    name = "absage" if item.cancelled_at else "einladung"
    response["Content-Disposition"] = f'attachment; filename="{name}-{starts:%Y-%m-%d}.pdf"'
    return response


@requires(Capability.WORK_ON_CASES)
def appointment_letter(request: AuthedRequest, case_public_id: UUID, appointment_public_id: UUID,
                       fmt: str) -> HttpResponse:
    """The invitation as PDF letter or ICS file (caseworker)."""
    return _appointment_letter(access.case_for_staff(request.user, case_public_id), appointment_public_id, fmt)


@requires(Capability.USE_PORTAL)
def portal_appointment_letter(request: AuthedRequest, appointment_public_id: UUID, fmt: str) -> HttpResponse:
    """The invitation as PDF letter or ICS file (client)."""
    return _appointment_letter(access.case_for_client(request.user), appointment_public_id, fmt)


def _upload(request: AuthedRequest, case: Case, side: str) -> None:
    upload = request.FILES.get("file")
    if upload is None:
        raise ValidationError(_("Bitte wählen Sie eine Datei aus."))
    step = None
    if request.POST.get("step"):
        step = PlanStep.objects.filter(pk=request.POST["step"], version__plan__case=case).first()
    evidence.store(case, request.user, side, upload.name or "", upload.chunks(), upload.size or 0, step)


@requires(Capability.WORK_ON_CASES)
@require_POST
def staff_upload(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """The caseworker uploads a Nachweis for the case."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    with flash_errors(request):
        _upload(request, case, Side.STAFF)
        messages.success(request, _("Der Nachweis ist hochgeladen."))
    return to_case(case, "nachweise-h")


@requires(Capability.USE_PORTAL)
@require_POST
def portal_upload(request: AuthedRequest) -> HttpResponse:
    """The client uploads a Nachweis."""
    case = access.case_for_client(request.user)
    with flash_errors(request):
        _upload(request, case, Side.CLIENT)
        messages.success(request, _("Danke! Ihr Nachweis ist bei Ihrer Fachkraft angekommen."))
    return redirect("/portal/#nachweise-h")


def _file(request: AuthedRequest, case: Case, item: Evidence | None) -> FileResponse:
    if item is None:
        raise Http404(_("Nachweis nicht gefunden."))
    audit.record(request.user, "evidence.read", case, item)
    return FileResponse(evidence.path_of(item).open("rb"), content_type=item.content_type, as_attachment=True,
                        filename=item.original_name)


@requires(Capability.WORK_ON_CASES)
def staff_download(request: AuthedRequest, case_public_id: UUID, evidence_public_id: UUID) -> FileResponse:
    """Download a Nachweis of the case (caseworker)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    return _file(request, case, case.evidence.filter(public_id=evidence_public_id).first())


@requires(Capability.USE_PORTAL)
def portal_download(request: AuthedRequest, evidence_public_id: UUID) -> FileResponse:
    """Download one's own Nachweis (client)."""
    case = access.case_for_client(request.user)
    return _file(request, case, case.evidence.filter(public_id=evidence_public_id, side=Side.CLIENT).first())


@requires(Capability.WORK_ON_CASES)
def new_case(request: AuthedRequest) -> HttpResponse:
    """Open a case for a new client in the own team."""
    form = NewCaseForm(request.POST or None, initial={"opened_on": today()})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            case = cases.open_case(request.user, d["first_name"], d["last_name"], d["reference"], d["opened_on"],
                                   d["birth_year"])
        except ValidationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Der Fall ist angelegt."))
            return to_case(case)
    return render(request, "workspace/new_case.html", {"form": form})


@requires(Capability.WORK_ON_CASES)
def profile(request: AuthedRequest) -> HttpResponse:
    """The caseworker's phone and room (printed on the plan and letters)."""
    form = StaffProfileForm(request.POST or None, instance=cases.profile_of(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Ihre Erreichbarkeit ist gespeichert."))
        return redirect("profile")
    return render(request, "workspace/profile.html", {"form": form})
