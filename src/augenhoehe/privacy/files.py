"""Pseudonymising files: plain texts and structured JSON plans, with one consistent mapping."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from augenhoehe.check.inputs import InputError, read_text
from augenhoehe.privacy.pseudonymiser import Pseudonymised, Pseudonymiser


def _walk(value: Any, ps: Pseudonymiser, source: str) -> Any:
    """Every string value of a JSON document pseudonymised (keys and numbers kept)."""
    if isinstance(value, str):
        return ps.process(value, source).text
    if isinstance(value, list):
        return [_walk(v, ps, source) for v in value]
    if isinstance(value, dict):
        return {k: v if k in ("schema", "id") else _walk(v, ps, source) for k, v in value.items()}
    return value


def pseudonymise_file(path: Path, ps: Pseudonymiser) -> tuple[Pseudonymised | None, Any]:
    """(result for a text file, None) or (None, pseudonymised JSON document); InputError if unreadable."""
    source = str(path)
    text = read_text(path)
    if path.suffix.lower() == ".json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: ungültiges JSON (Zeile {exc.lineno}: {exc.msg}).") from exc
        return None, _walk(doc, ps, source)
    return ps.process(text, source), None


def write_outputs(files: list[Path], out: Path, fmt: str, ps: Pseudonymiser) -> tuple[list[Path], list[str]]:
    """Pseudonymise each file into `out` (same file name; .json for --format json); messages for bad files."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    problems: list[str] = []
    used: set[str] = set()
    for path in files:
        try:
            result, doc = pseudonymise_file(path, ps)
        except InputError as exc:
            problems.append(str(exc))
            continue
        name = path.name
        stem = path.stem
        n = 1
        while name in used:
            n += 1
            name = f"{stem}-{n}{path.suffix}"
        used.add(name)
        if result is None:
            target = out / name
            target.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        elif fmt == "json":
            target = out / (Path(name).stem + ".json")
            target.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
        else:
            target = out / name
            target.write_text(result.text, encoding="utf-8")
        written.append(target)
    return written, problems
