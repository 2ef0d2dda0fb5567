"""Plan-writing exercises: old-style plans (EGV wording, threats, vague commitments) to rewrite.

The texts are German training material in `exercises/*.txt` (title, blank line, plan text), written
for this app after the patterns of the simulation's EGV phrases; they are not real plans.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from augenhoehe.domain.errors import NotFound

FOLDER = Path(__file__).resolve().parent / "exercises"


@dataclass(frozen=True)
class Exercise:
    """An old-style plan to rewrite."""

    key: str
    title: str
    text: str


@cache
def exercises() -> dict[str, Exercise]:
    """Every exercise by key (file name without .txt)."""
    out = {}
    for path in sorted(FOLDER.glob("*.txt")):
        title, _blank, text = path.read_text(encoding="utf-8").partition("\n")
        out[path.stem] = Exercise(path.stem, title.strip(), text.strip() + "\n")
    return out


def exercise(key: str) -> Exercise:
    """One exercise, or NotFound."""
    try:
        return exercises()[key]
    except KeyError:
        raise NotFound("exercise") from None
