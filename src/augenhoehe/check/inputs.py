"""Finds plan files below paths and loads them, turning bad input into German messages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.domain.serialize import SCHEMA, plan_from_dict

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
        return Loaded(source, plan=parse_structured(source, text))
    return Loaded(source, text=text)
