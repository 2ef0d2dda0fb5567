"""Coding, memos, case summaries and new codes inside a research project; offsets are checked here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db.models import Max
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import NotFound, ValidationError
from augenhoehe.research.guide import stable_guid
from augenhoehe.web.accounts.models import User
from augenhoehe.web.research.models import CaseSummary, Code, Coding, Document, Memo, ResearchProject

MAX_TEXT = 20_000


def coder_of(user: User) -> tuple[str, str]:
    """(GUID, name) under which a web user codes: stable, so exports line up."""
    return stable_guid("user", f"web:{user.username}"), user.username


def document_in(project: ResearchProject, document_id: int) -> Document:
    """A document of this project, else NotFound."""
    doc = project.documents.filter(pk=document_id).first()
    if doc is None:
        raise NotFound(_("Dokument nicht gefunden."))
    return doc


def code_in(project: ResearchProject, code_id: int) -> Code:
    """A code of this project, else NotFound."""
    code = project.codes.filter(pk=code_id).first()
    if code is None:
        raise NotFound(_("Code nicht gefunden."))
    return code


def add_coding(project: ResearchProject, user: User, document: Document, code_id: int | None,
               start: int | None, end: int | None) -> Coding:
    """Code the characters start..end (code points, end exclusive) of the document."""
    if code_id is None:
        raise ValidationError(_("Bitte einen Code wählen."))
    code = code_in(project, code_id)
    if not code.codable:
        raise ValidationError(_("„%(code)s“ ist eine Gruppe und kann nicht codiert werden.") % {"code": code.name})
    if start is None or end is None:
        raise ValidationError(_("Bitte zuerst Text markieren (oder Anfang und Ende angeben)."))
    length = len(document.text)
    if not 0 <= start < end <= length:
        raise ValidationError(_("Die Markierung %(start)d–%(end)d liegt nicht im Text (0–%(length)d).")
                              % {"start": start, "end": end, "length": length})
    guid, name = coder_of(user)
    return Coding.objects.create(document=document, code=code, start=start, end=end, coder_guid=guid,
                                 coder_name=name, guid=str(uuid.uuid4()), created_by=user)


def delete_coding(project: ResearchProject, user: User, coding_id: int) -> None:
    """Remove one of the user's own codings (imported codings of other coders stay)."""
    guid, _name = coder_of(user)
    coding = Coding.objects.filter(pk=coding_id, document__project=project, coder_guid=guid).first()
    if coding is None:
        raise NotFound(_("Codierung nicht gefunden."))
    coding.delete()


def _text(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("%(what)s ist leer.") % {"what": what})
    if len(text) > MAX_TEXT:
        raise ValidationError(_("%(what)s: höchstens %(limit)d Zeichen.") % {"what": what, "limit": MAX_TEXT})
    return text


def add_memo(project: ResearchProject, user: User, text: str, document_id: int | None = None,
             code_id: int | None = None) -> Memo:
    """A memo on a document or a code of the project."""
    document = document_in(project, document_id) if document_id else None
    code = code_in(project, code_id) if code_id else None
    if (document is None) == (code is None):
        raise ValidationError(_("Ein Memo gehört zu genau einem Dokument oder Code."))
    return Memo.objects.create(project=project, document=document, code=code, author=user,
                               text=_text(text, _("Das Memo")))


def save_summary(document: Document, user: User, text: str) -> CaseSummary:
    """Write or replace the case summary (Fallzusammenfassung) of the document."""
    summary, _created = CaseSummary.objects.update_or_create(
        document=document, defaults={"text": _text(text, _("Die Fallzusammenfassung")), "author": user})
    return summary


def add_code(project: ResearchProject, name: str, parent_id: int | None, description: str) -> Code:
    """A new (sub)category found in the material (inductive coding)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Bitte einen Namen für den Code angeben."))
    parent = code_in(project, parent_id) if parent_id else None
    position = (project.codes.aggregate(m=Max("position"))["m"] or 0) + 1
    return Code.objects.create(project=project, guid=str(uuid.uuid4()), name=name[:300], parent=parent,
                               description=(description or "").strip()[:MAX_TEXT], position=position)


@dataclass
class Piece:
    """A stretch of the text with the same codings; `start` is its code-point offset."""

    start: int
    end: int
    text: str
    codes: list[str]


def pieces(document: Document, codings: list[Coding]) -> list[Piece]:
    """The text cut at every coding boundary and before/after every carriage return.

    Browsers turn CR LF into LF, so a CR LF gets a piece of its own; inside all other pieces the
    browser's characters are the document's, and the script counts offsets from a piece's start.
    """
    text = document.text
    cuts = {0, len(text)}
    for c in codings:
        cuts.update((c.start, c.end))
    for i, ch in enumerate(text):
        if ch == "\r":
            cuts.update((i, i + 2 if text[i + 1:i + 2] == "\n" else i + 1))
    bounds = sorted(x for x in cuts if 0 <= x <= len(text))
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        names = sorted({c.code.name for c in codings if c.start <= a and b <= c.end})
        out.append(Piece(a, b, text[a:b], names))
    return out
