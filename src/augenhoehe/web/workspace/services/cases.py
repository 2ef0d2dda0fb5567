"""Opening a case without the admin, and the caseworker's own contact details."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Client, StaffProfile
from augenhoehe.web.workspace.services import audit


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


def profile_of(user: User) -> StaffProfile:
    """The caseworker's contact details (created empty on first use)."""
    profile, _created = StaffProfile.objects.get_or_create(user=user)
    return profile
