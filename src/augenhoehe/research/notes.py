"""Memos and case summaries as REFI-QDA notes: <Notes><Note> in the project, <NoteRef> on sources and codes.

A case summary is a note whose name begins with „Fallzusammenfassung“ (the Kuckartz term); every
other note is a memo. Notes that neither a source nor a code of the project refers to are reported.
"""

from __future__ import annotations

from lxml import etree

from augenhoehe.research.project import Memo, Project
from augenhoehe.research.qdaxml import q, sub

SUMMARY_PREFIX = "Fallzusammenfassung"


def note_name(memo: Memo, target_name: str) -> str:
    """The note's name: the memo's own, else „Memo: …“ or „Fallzusammenfassung: …“."""
    if memo.name:
        return memo.name
    return f"{SUMMARY_PREFIX if memo.kind == 'summary' else 'Memo'}: {target_name}"


def add_refs(parent: etree._Element, memos: list[Memo], target: str) -> None:
    """<NoteRef> to every memo of the target (a source or code GUID)."""
    for m in memos:
        if m.target == target:
            sub(parent, "NoteRef", targetGUID=m.guid)


def add_notes(root: etree._Element, project: Project, user: str, stamp: str) -> None:
    """<Notes> with one <Note> (plain text inline) per memo of the project."""
    if not project.memos:
        return
    names = {s.guid: s.name for s in project.sources} | {c.guid: c.name for c in project.codes}
    notes = sub(root, "Notes")
    for m in project.memos:
        note = sub(notes, "Note", guid=m.guid, name=note_name(m, names.get(m.target, m.target)),
                   creatingUser=user, creationDateTime=stamp)
        sub(note, "PlainTextContent").text = m.text


def read_notes(root: etree._Element, project: Project, guid_of) -> None:  # type: ignore[no-untyped-def]
    """Memos of the sources and codes that were read; unreferenced notes go to `skipped`."""
    notes: dict[str, tuple[str, str]] = {}
    for note in root.iterfind(f"{q('Notes')}/{q('Note')}"):
        content = note.find(q("PlainTextContent"))
        text = (content.text or "") if content is not None else ""
        notes[guid_of(note.get("guid"))] = (note.get("name") or "", text)
    if not notes:
        return
    targets = {s.guid for s in project.sources} | {c.guid for c in project.codes}
    used: set[str] = set()
    holders = [*root.iterfind(f"{q('Sources')}/{q('TextSource')}"), *root.iter(q("Code"))]
    for el in holders:
        target = guid_of(el.get("guid"))
        if target not in targets:
            continue
        for ref in el.findall(q("NoteRef")):
            guid = guid_of(ref.get("targetGUID"))
            if guid in notes and notes[guid][1].strip():
                name, text = notes[guid]
                kind = "summary" if name.startswith(SUMMARY_PREFIX) else "memo"
                project.memos.append(Memo(guid, target, text, kind, name))
                used.add(guid)
    for guid, (name, _text) in notes.items():
        if guid not in used:
            project.skipped.append(f"Notiz „{name or guid}“: weder an einer gelesenen Quelle noch an einem Code "
                                   "– übersprungen.")
