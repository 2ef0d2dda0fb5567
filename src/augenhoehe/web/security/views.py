"""The page on which a caseworker records why they open a teammate's case (AUGENHOEHE_CASE_ACCESS=reason)."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from augenhoehe.web.security.models import REASONS, CaseAccessGrant
from augenhoehe.web.workspace.services import access, audit
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, requires


class AccessReasonForm(forms.Form):
    """Why the case is opened; 'Sonstiges' needs a few words."""

    reason = forms.ChoiceField(label="Grund", choices=REASONS, widget=forms.RadioSelect)
    note = forms.CharField(label="Erläuterung", max_length=300, required=False)

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("reason") == "sonstiges" and not (data.get("note") or "").strip():
            self.add_error("note", "Bitte kurz erläutern, warum Sie den Fall öffnen.")
        return data


@requires(Capability.WORK_ON_CASES)
def case_access_reason(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Record the reason, grant access for the working day, go on to the case."""
    case = access.case_awaiting_reason(request.user, case_public_id)
    if case.caseworker_id == request.user.pk:
        return redirect("case_detail", case_public_id=case.public_id)
    form = AccessReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        grant = CaseAccessGrant.objects.create(
            user=request.user, case=case, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"],
            expires_at=timezone.now() + timedelta(seconds=settings.SESSION_MAX_SECONDS))
        audit.record(request.user, "case.access_granted", case, grant, reason=grant.reason, note=grant.note)
        target = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return redirect(target)
        return redirect("case_detail", case_public_id=case.public_id)
    return render(request, "security/access_reason.html",
                  {"form": form, "reference": case.reference, "next": request.GET.get("next", "")})
