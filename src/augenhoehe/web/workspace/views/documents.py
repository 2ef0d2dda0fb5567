"""PDF hand-over in Textform: the plan (no signature, no Rechtsfolgenbelehrung) and Summons."""

from __future__ import annotations

from uuid import UUID

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from augenhoehe.domain.plan import SECTION_LABELS, STEP_SECTIONS
from augenhoehe.domain.regimes import regime_on, rules_for
from augenhoehe.domain.render import content_slot_rows
from augenhoehe.web.workspace.models import Case, PlanVersion, StaffProfile, Summons
from augenhoehe.web.workspace.services import access, audit, stored
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, requires


def render_pdf(html: str) -> bytes:
    """Turn HTML into PDF with WeasyPrint (imported lazily: it is slow to import)."""
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def contact_of(case: Case) -> dict[str, object]:
    """The caseworker as the client's contact person: name, phone, room (for the plan and letters)."""
    profile = StaffProfile.objects.filter(user=case.caseworker).first()
    return {"contact_name": case.caseworker.get_full_name() or case.caseworker.username,
            "contact_phone": profile.phone if profile else "", "contact_room": profile.room if profile else ""}


def plan_pdf_response(case: Case, version: PlanVersion) -> HttpResponse:
    """The one-page plain-language PDF of a plan version."""
    plan = stored.to_domain(version)
    sections = [(SECTION_LABELS[s], plan.steps_in(s)) for s in STEP_SECTIONS]
    html = render_to_string("workspace/plan_pdf.html", {
        "case": case, "version": version, "plan": plan, "sections": sections,
        "rules": rules_for(regime_on(version.plan_date)), "slot_rows": content_slot_rows(plan),
        **contact_of(case),
    })
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="kooperationsplan-{case.reference}-v{version.number}.pdf"')
    return response


@requires(Capability.WORK_ON_CASES)
def plan_pdf(request: AuthedRequest, case_public_id: UUID, number: int) -> HttpResponse:
    """Caseworker downloads a version as PDF."""
    case = access.case_for_staff(request.user, case_public_id)
    version = PlanVersion.objects.filter(plan__case=case, number=number).first()
    if version is None:
        raise Http404(_("Version nicht gefunden."))
    audit.record(request.user, "plan.pdf", case, version)
    return plan_pdf_response(case, version)


@requires(Capability.USE_PORTAL)
def portal_plan_pdf(request: AuthedRequest) -> HttpResponse:
    """Client downloads their current plan as PDF."""
    case = access.case_for_client(request.user)
    version = PlanVersion.objects.filter(plan__case=case).order_by("-number").first()
    if version is None:
        raise Http404(_("Noch kein Plan vorhanden."))
    return plan_pdf_response(case, version)


@requires(Capability.WORK_ON_CASES)
def summons_pdf(request: AuthedRequest, case_public_id: UUID, summons_public_id: UUID) -> HttpResponse:
    """A Summons as its own document with its Rechtsfolgenbelehrung."""
    case = access.case_for_staff(request.user, case_public_id)
    summons = case.summonses.filter(public_id=summons_public_id).select_related("step").first()
    if summons is None:
        raise Http404(_("Schreiben nicht gefunden."))
    audit.record(request.user, "summons.pdf", case, summons)
    return summons_pdf_response(case, summons)


def summons_pdf_response(case: Case, summons: Summons) -> HttpResponse:
    """A letter as PDF: its Rechtsfolgenbelehrung, a Rechtsbehelfsbelehrung for a Verpflichtung, the contact."""
    html = render_to_string("workspace/summons_pdf.html", {
        "case": case, "summons": summons, "is_administrative_act": summons.kind == Summons.Kind.VERPFLICHTUNG,
        **contact_of(case)})
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="schreiben-{summons.issued_on:%Y-%m-%d}.pdf"'
    return response


@requires(Capability.USE_PORTAL)
def portal_summons_pdf(request: AuthedRequest, summons_public_id: UUID) -> HttpResponse:
    """The client downloads a letter addressed to them (Aufforderung, Verpflichtung)."""
    case = access.case_for_client(request.user)
    summons = case.summonses.filter(public_id=summons_public_id).select_related("step__version").first()
    if summons is None:
        raise Http404(_("Schreiben nicht gefunden."))
    audit.record(request.user, "summons.pdf", case, summons)
    return summons_pdf_response(case, summons)
