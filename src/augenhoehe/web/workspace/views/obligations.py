"""Caseworker views for Summons (Aufforderung, Verpflichtung) and Schlichtung."""

from __future__ import annotations

from typing import cast
from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.regimes import regime_on, rules_for
from augenhoehe.web.workspace.forms import SchlichtungForm, SummonsForm
from augenhoehe.web.workspace.models import Summons
from augenhoehe.web.workspace.services import access, obligations
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case


@requires(Capability.WORK_ON_CASES)
def new_summons(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Write an Aufforderung or Verpflichtung as a separate document tied to a plan step."""
    case = access.case_for_staff(request.user, case_public_id)
    day = today()
    rules = rules_for(regime_on(day))
    kinds = [(Summons.Kind.AUFFORDERUNG.value, Summons.Kind.AUFFORDERUNG.label)]
    if rules.has_verpflichtung_by_va:
        kinds.append((Summons.Kind.VERPFLICHTUNG.value, Summons.Kind.VERPFLICHTUNG.label))
    steps = obligations.current_steps(case)
    form = SummonsForm(request.POST or None, initial={"issued_on": day})
    cast(forms.ChoiceField, form.fields["kind"]).choices = kinds
    cast(forms.ChoiceField, form.fields["step"]).choices = [("", _("— bitte wählen —"))] + [
        (s.pk, f"V{s.version.number}: {s.text[:80]}") for s in steps]
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            obligations.issue_summons(case, request.user, obligations.SummonsInput(
                kind=d["kind"], step_id=d["step"], issued_on=d["issued_on"],
                obligation=d["obligation"], frequency=d["frequency"], proof_form=d["proof_form"],
                proof_deadline=d["proof_deadline"]))
        except ValidationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Schreiben ist als eigenes Dokument angelegt."))
            return to_case(case)
    return render(request, "workspace/summons_form.html", {
        "case": case, "form": form, "rules": rules,
        "schlichtung": obligations.running_schlichtung(case, day),
    })


@requires(Capability.WORK_ON_CASES)
@require_POST
def staff_schlichtung(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """The Jobcenter side requests a Schlichtung (Bürgergeld only)."""
    case = access.case_for_staff(request.user, case_public_id, read_as=None)
    form = SchlichtungForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte beschreiben Sie, worüber keine Einigung besteht."))
    else:
        with flash_errors(request):
            obligations.request_schlichtung(case, request.user, "jobcenter",
                                            form.cleaned_data["reason"], today())
            messages.success(request, _("Die Schlichtung ist beantragt."))
    return to_case(case)
