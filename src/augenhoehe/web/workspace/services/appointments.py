"""Appointments: invite the client (when, how, where), the ICS file and the caseworker's reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Appointment, Case, Plan
from augenhoehe.web.workspace.services import audit


@dataclass
class Invitation:
    """Fields of the invitation form."""

    starts_at: datetime
    minutes: int
    channel: str
    place: str
    purpose: str = ""


def _checked(data: Invitation, now: datetime) -> Invitation:
    """The invitation's fields, cleaned, or ValidationError."""
    if data.channel not in Appointment.Channel.values:
        raise ValidationError(_("Unbekannte Art des Termins."))
    if not data.place.strip():
        raise ValidationError(_("Bitte geben Sie den Ort, die Telefonnummer oder den Video-Link an."))
    if data.starts_at < now:
        raise ValidationError(_("Der Termin liegt in der Vergangenheit."))
    if not 5 <= data.minutes <= 480:
        raise ValidationError(_("Bitte geben Sie eine Dauer zwischen 5 und 480 Minuten an."))
    return Invitation(data.starts_at, data.minutes, data.channel, clean_text(data.place, 300).strip(),
                      clean_text(data.purpose, 300).strip())


@transaction.atomic
def invite(case: Case, user: User, data: Invitation, now: datetime) -> Appointment:
    """Invite the client to an appointment; it shows in the portal and as a letter (PDF, ICS)."""
    data = _checked(data, now)
    item = Appointment.objects.create(
        case=case, starts_at=data.starts_at, minutes=data.minutes, channel=data.channel,
        place=data.place, purpose=data.purpose, created_by=user)
    audit.record(user, "appointment.create", case, item)
    return item


def _changeable(item: Appointment, now: datetime) -> None:
    if item.cancelled_at is not None:
        raise ValidationError(_("Der Termin ist schon abgesagt."))
    if item.starts_at + timedelta(minutes=item.minutes) < now:
        raise ValidationError(_("Der Termin ist schon vorbei."))


@transaction.atomic
def reschedule(item: Appointment, user: User, data: Invitation, now: datetime) -> Appointment:
    """Move an appointment or change how and where it takes place.

    The invitation keeps its identity: the letter says what changed, and the calendar file carries a
    higher SEQUENCE, so the client's calendar replaces the old entry instead of adding a second one.
    """
    item = Appointment.objects.select_for_update().get(pk=item.pk)
    _changeable(item, now)
    data = _checked(data, now)
    before = (item.starts_at, item.minutes, item.channel, item.place, item.purpose)
    if before == (data.starts_at, data.minutes, data.channel, data.place, data.purpose):
        raise ValidationError(_("Am Termin hat sich nichts geändert."))
    moved = data.starts_at != item.starts_at
    if moved:
        item.previous_starts_at = item.starts_at
    item.starts_at, item.minutes, item.channel, item.place, item.purpose = (
        data.starts_at, data.minutes, data.channel, data.place, data.purpose)
    item.sequence += 1
    item.save()
    audit.record(user, "appointment.reschedule", item.case, item, sequence=item.sequence, moved=moved)
    return item


@transaction.atomic
def cancel(item: Appointment, user: User, reason: str, now: datetime) -> Appointment:
    """Cancel an appointment; the client sees the cancellation in the portal, the letter and the calendar file."""
    item = Appointment.objects.select_for_update().get(pk=item.pk)
    _changeable(item, now)
    item.cancelled_at, item.cancel_reason = now, clean_text(reason, 300).strip()
    item.sequence += 1
    item.save(update_fields=["cancelled_at", "cancel_reason", "sequence"])
    audit.record(user, "appointment.cancel", item.case, item, sequence=item.sequence)
    return item


def upcoming(case: Case, now: datetime) -> QuerySet[Appointment]:
    """The case's appointments from today on that were not cancelled."""
    return ahead(case, now).filter(cancelled_at__isnull=True)


def ahead(case: Case, now: datetime) -> QuerySet[Appointment]:
    """The case's appointments from today on, cancelled ones too (both sides see what was called off)."""
    start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return case.appointments.filter(starts_at__gte=start)


@dataclass(frozen=True)
class Reminder:
    """One line of the caseworker's reminder list."""

    when: date
    kind: str
    case_public_id: UUID
    reference: str
    client: str
    text: str


def reminders(user: User, now: datetime) -> dict[str, list[Reminder]]:
    """Appointments today and this week, and deferrals due ("wieder ansprechen am") up to this week's end."""
    local = timezone.localtime(now)
    today = local.date()
    week_end = today + timedelta(days=6 - today.weekday())
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    items = (Appointment.objects.filter(case__caseworker=user, case__closed_on__isnull=True,
                                        cancelled_at__isnull=True, starts_at__gte=start,
                                        starts_at__lt=start + timedelta(days=(week_end - today).days + 1))
             .select_related("case__client").order_by("starts_at"))
    out: dict[str, list[Reminder]] = {"today": [], "week": [], "deferrals": []}
    for a in items:
        at = timezone.localtime(a.starts_at)
        row = Reminder(at.date(), "appointment", a.case.public_id, a.case.reference, str(a.case.client),
                       at.strftime("%H:%M") + " · " + a.get_channel_display())
        out["today" if at.date() == today else "week"].append(row)
    for p in (Plan.objects.filter(case__caseworker=user, case__closed_on__isnull=True, deferred_until__lte=week_end)
              .exclude(deferred_reason="").select_related("case__client").order_by("deferred_until")):
        assert p.deferred_until is not None
        out["deferrals"].append(Reminder(p.deferred_until, "deferral", p.case.public_id, p.case.reference,
                                         str(p.case.client), p.deferred_reason[:80]))
    return out


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(item: Appointment, organiser: str) -> str:
    """The appointment as an iCalendar file (RFC 5545) for the client's calendar.

    One UID per invitation; each change raises SEQUENCE, and a cancellation says STATUS:CANCELLED, so a
    calendar that imported the invitation updates or strikes out the same entry.
    """
    start = item.starts_at.astimezone(UTC)
    end = start + timedelta(minutes=item.minutes)
    stamp = "%Y%m%dT%H%M%SZ"
    summary = _("Termin im Jobcenter")
    if item.cancelled_at is not None:
        summary = _("Abgesagt: %(summary)s") % {"summary": summary}
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//augenhoehe//Termin//DE", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:termin-{item.public_id}@augenhoehe",
        f"SEQUENCE:{item.sequence}", f"STATUS:{'CANCELLED' if item.cancelled_at else 'CONFIRMED'}",
        f"DTSTAMP:{timezone.now().astimezone(UTC).strftime(stamp)}",
        f"DTSTART:{start.strftime(stamp)}", f"DTEND:{end.strftime(stamp)}",
        f"SUMMARY:{_ics_text(summary)}", f"LOCATION:{_ics_text(item.place)}",
        f"DESCRIPTION:{_ics_text((item.purpose + chr(10) if item.purpose else '') + organiser)}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"
