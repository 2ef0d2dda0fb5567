"""The conversation of a case (messages in both directions, unread markers) and staff-only notes."""

from __future__ import annotations

from uuid import UUID

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import NotFound, PermissionDenied, ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, CaseNote, Message, Side
from augenhoehe.web.workspace.models.case import TEXT_LIMIT
from augenhoehe.web.workspace.models.workday import MESSAGE_LIMIT
from augenhoehe.web.workspace.services import audit


def _text(text: str, limit: int) -> str:
    text = clean_text(text or "").strip()
    if not text:
        raise ValidationError(_("Bitte schreiben Sie etwas in das Feld."))
    if len(text) > limit:
        raise ValidationError(_("Bitte fassen Sie sich kürzer (höchstens %(limit)d Zeichen).") % {"limit": limit})
    return text


@transaction.atomic
def send(case: Case, user: User, side: str, text: str) -> Message:
    """Add a message to the case's thread, written by the client or by the Jobcenter."""
    message = Message.objects.create(case=case, side=Side(side).value, author=user, text=_text(text, MESSAGE_LIMIT))
    audit.record(user, "message.send", case, message, side=side)
    return message


def thread(case: Case) -> QuerySet[Message]:
    """All messages of the case, oldest first."""
    return case.messages.select_related("author").all()


def mark_read(case: Case, reader_side: str) -> int:
    """Mark the other side's unread messages as read by the reader's side; returns how many."""
    other = Side.STAFF if reader_side == Side.CLIENT else Side.CLIENT
    return Message.objects.filter(case=case, side=other, read_at__isnull=True).update(read_at=timezone.now())


def unread_for(case: Case, reader_side: str) -> int:
    """How many messages of the other side the reader has not read yet."""
    other = Side.STAFF if reader_side == Side.CLIENT else Side.CLIENT
    return Message.objects.filter(case=case, side=other, read_at__isnull=True).count()


def unread_by_case(case_ids: list[int]) -> dict[int, int]:
    """Unread client messages per case (for the caseload)."""
    rows = (Message.objects.filter(case_id__in=case_ids, side=Side.CLIENT, read_at__isnull=True)
            .values("case_id").annotate(n=Count("id", filter=Q(read_at__isnull=True))))
    return {r["case_id"]: r["n"] for r in rows}


@transaction.atomic
def add_note(case: Case, user: User, text: str) -> CaseNote:
    """A Vermerk: staff only, never shown in the portal."""
    note = CaseNote.objects.create(case=case, author=user, text=_text(text, TEXT_LIMIT))
    audit.record(user, "note.create", case, note)
    return note


def _own_note(case: Case, user: User, note_public_id: UUID) -> CaseNote:
    note = case.notes.filter(public_id=note_public_id).first()
    if note is None:
        raise NotFound(_("Vermerk nicht gefunden."))
    if note.author_id != user.pk:
        raise PermissionDenied(_("Nur wer einen Vermerk geschrieben hat, kann ihn ändern oder löschen."))
    return note


@transaction.atomic
def edit_note(case: Case, user: User, note_public_id: UUID, text: str) -> CaseNote:
    """Change one's own Vermerk; the change is recorded (when, not what)."""
    note = _own_note(case, user, note_public_id)
    note.text, note.updated_at = _text(text, TEXT_LIMIT), timezone.now()
    note.save(update_fields=["text", "updated_at"])
    audit.record(user, "note.update", case, note)
    return note


@transaction.atomic
def delete_note(case: Case, user: User, note_public_id: UUID) -> None:
    """Delete one's own Vermerk; the audit log keeps that it existed and when it was written."""
    note = _own_note(case, user, note_public_id)
    audit.record(user, "note.delete", case, note, written=note.created_at.isoformat())
    note.delete()
