"""Finds plan files below paths and loads them, turning bad input into German messages; a structured
plan's § 15 Abs. 2 contents become part of what the checker reads (`with_content_slots`)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.domain.serialize import SCHEMA, plan_from_dict

SLOT_STEPS: dict[str, tuple[Section, StepOwner]] = {
    "eigenbemuehungen": (Section.NAECHSTE_SCHRITTE, StepOwner.CLIENT),
    "eingliederungsleistungen": (Section.UNTERSTUETZUNG_JOBCENTER, StepOwner.JOBCENTER),
    "persoenliches_angebot": (Section.UNTERSTUETZUNG_JOBCENTER, StepOwner.JOBCENTER),
    "andere_leistungstraeger": (Section.UNTERSTUETZUNG_ANDERE, StepOwner.OTHER_AGENCY),
}
"""Contents that are commitments: the person's own efforts, what the Jobcenter offers, what other agencies do.
The other contents (fields of work, language course, rehabilitation, needs) are read as notes."""

SUFFIXES = (".txt", ".md", ".json")
MAX_BYTES = 1_000_000


class InputError(ValueError):
    """A file that cannot be checked; the message names the file."""


@dataclass(frozen=True)
class Loaded:
    """A readable input: plain text or a structured plan."""

    source: str
    text: str | None = None
    plan: CooperationPlan | None = None


def with_content_slots(plan: CooperationPlan) -> CooperationPlan:
    """The plan as the checker reads it: each filled § 15 Abs. 2 content is a step of its side or a note.

    "Eingliederungsleistungen" and the "persönliches Angebot" count as commitments of the Jobcenter,
    "Eigenbemühungen" as steps of the person, "Leistungen anderer Leistungsträger" as steps of others
    (SLOT_STEPS); each content is one line after the steps written in its rubric. A plan without
    contents is returned as it is.
    """
    filled = {k: " ".join(v.split()) for k, v in plan.content_slots.items() if v.strip()}
    if not filled:
        return plan
    steps = list(plan.steps)
    notes = [plan.other_notes.strip()] if plan.other_notes.strip() else []
    for key, text in filled.items():
        if key in SLOT_STEPS:
            section, owner = SLOT_STEPS[key]
            steps.append(Step(text, owner, section))
        else:
            notes.append(text)
    return dataclasses.replace(plan, steps=steps, other_notes="\n".join(notes))


def collect(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files to check (directories expanded, sorted) and messages for missing paths."""
    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if not found:
                problems.append(f"{raw}: Verzeichnis enthält keine .txt-, .md- oder .json-Dateien.")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{raw}: Datei oder Verzeichnis nicht gefunden.")
    return files, problems


def decode(source: str, data: bytes) -> str:
    """Bytes to text, or InputError for empty, binary, non-UTF-8 or enormous input."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: Datei ist zu groß ({len(data) // 1024} KB, höchstens 1 MB).")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: Binärdatei, kein Text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: Text ist nicht UTF-8-kodiert (Byte {exc.start}).") from exc
    if not text.strip():
        raise InputError(f"{source}: Datei ist leer.")
    return text


def parse_structured(source: str, text: str) -> CooperationPlan:
    """Structured JSON plan (schema augenhoehe.plan/1) or InputError."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: ungültiges JSON (Zeile {exc.lineno}, Spalte {exc.colno}: "
                         f"{exc.msg}).") from exc
    if not isinstance(data, dict):
        raise InputError(f"{source}: JSON-Objekt mit schema „{SCHEMA}“ erwartet.")
    if data.get("schema", SCHEMA) != SCHEMA:
        raise InputError(f"{source}: unbekanntes Schema „{data.get('schema')}“ (erwartet {SCHEMA}).")
    try:
        return plan_from_dict(data)
    except ValidationError as exc:
        raise InputError(f"{source}: {exc}") from exc


def read_text(path: Path) -> str:
    """The decoded text of a file, or InputError naming it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: nicht lesbar ({exc.strerror}).") from exc
    return decode(str(path), data)


def load(path: Path) -> Loaded:
    """Read and parse one file."""
    source = str(path)
    text = read_text(path)
    if path.suffix.lower() == ".json":
        return Loaded(source, plan=with_content_slots(parse_structured(source, text)))
    return Loaded(source, text=text)
