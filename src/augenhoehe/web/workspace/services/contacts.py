"""Contacts and the caseworker's cooperation assessment: the raw material of the creaming analysis."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Contact
from augenhoehe.web.workspace.services import audit

MAX_MINUTES = 480


@transaction.atomic
def record_contact(case: Case, user: User, day: date, minutes: int, channel: str) -> Contact:
    """Record one contact with its duration."""
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError(_("Bitte eine Dauer zwischen 1 und %(max)d Minuten angeben.") % {"max": MAX_MINUTES})
    if channel not in Contact.Channel.values:
        raise ValidationError(_("Unbekannte Art des Kontakts."))
    contact = Contact.objects.create(case=case, date=day, minutes=minutes, channel=channel, created_by=user)
    audit.record(user, "contact.create", case, contact, minutes=minutes)
    return contact


@transaction.atomic
def assess_cooperation(case: Case, user: User, level: int | None) -> None:
    """Record (or clear) the caseworker's assessment of the cooperation, 1 (schwierig) to 5 (sehr gut)."""
    if level is not None and not 1 <= level <= 5:
        raise ValidationError(_("Die Einschätzung liegt zwischen 1 und 5."))
    case.cooperation_assessment = level
    case.save(update_fields=["cooperation_assessment"])
    audit.record(user, "case.assess_cooperation", case, case, level=level)
