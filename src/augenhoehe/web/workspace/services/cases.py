"""Opening, closing and reopening a case without the admin, and the caseworker's own contact details."""

from __future__ import annotations

from datetime import date, datetime

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Client, ClosingReason, StaffProfile
from augenhoehe.web.workspace.services import appointments, audit


@transaction.atomic
def open_case(user: User, first_name: str, last_name: str, reference: str, opened_on: date,
              birth_year: int | None = None) -> Case:
    """A new client and case, held by the caseworker in their own team."""
    if not user.team_id:
        raise ValidationError(_("Sie gehören keinem Team an; bitte wenden Sie sich an die Administration."))
    reference = clean_text(reference, 40).strip()
    if Case.objects.filter(reference=reference).exists():
        raise ValidationError(_("Dieses Aktenzeichen gibt es schon."))
    client = Client.objects.create(first_name=clean_text(first_name, 100).strip(),
                                   last_name=clean_text(last_name, 100).strip(), birth_year=birth_year)
    case = Case.objects.create(reference=reference, client=client, team_id=user.team_id, caseworker=user,
                               opened_on=opened_on)
    audit.record(user, "case.create", case, case)
    return case


@transaction.atomic
def close_case(case: Case, user: User, reason: str, closed_on: date, today: date, now: datetime) -> Case:
    """End a case with a reason category; its coming appointments are cancelled.

    The client then sees a plain page after login (no plan, whom to ask); the case stays readable for staff.
    """
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.closed_on is not None:
        raise ValidationError(_("Der Fall ist schon beendet."))
    if reason not in ClosingReason.values:
        raise ValidationError(_("Bitte wählen Sie einen Grund."))
    if closed_on > today:
        raise ValidationError(_("Ein Fall kann nicht in der Zukunft beendet werden."))
    if closed_on < case.opened_on:
        raise ValidationError(_("Ein Fall kann nicht vor seiner Eröffnung beendet werden."))
    for item in appointments.upcoming(case, now).filter(starts_at__gte=now):
        appointments.cancel(item, user, _("Der Fall ist beendet."), now)
    case.closed_on, case.closed_reason = closed_on, reason
    case.save(update_fields=["closed_on", "closed_reason"])
    audit.record(user, "case.close", case, case, reason=reason)
    return case


@transaction.atomic
def reopen_case(case: Case, user: User) -> Case:
    """Open an ended case again (e.g. ended by mistake, or the person needs support again)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.closed_on is None:
        raise ValidationError(_("Der Fall ist nicht beendet."))
    if Case.objects.filter(client_id=case.client_id, closed_on__isnull=True).exists():
        raise ValidationError(_("Die Person hat schon einen offenen Fall."))
    case.closed_on, case.closed_reason = None, ""
    case.save(update_fields=["closed_on", "closed_reason"])
    audit.record(user, "case.reopen", case, case)
    return case


def profile_of(user: User) -> StaffProfile:
    """The caseworker's contact details (created empty on first use)."""
    profile, _created = StaffProfile.objects.get_or_create(user=user)
    return profile
