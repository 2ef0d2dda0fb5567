"""Measuring the pseudonymiser on texts with inline labels `[[text|kind]]`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from augenhoehe.privacy.pseudonymiser import Pseudonymiser
from augenhoehe.privacy.spans import KINDS

MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]", re.S)
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Gold:
    """A labelled identifying span of the plain text."""

    start: int
    end: int
    kind: str


def parse_marked(marked: str) -> tuple[str, list[Gold]]:
    """Plain text and the labelled spans; unknown kinds raise ValueError."""
    out: list[str] = []
    gold: list[Gold] = []
    pos = length = 0
    for m in MARK.finditer(marked):
        if m.group(2) not in KINDS:
            raise ValueError(f"unbekannte Art „{m.group(2)}“ in {m.group()!r}")
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        gold.append(Gold(length, length + len(m.group(1)), m.group(2)))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


@dataclass
class Score:
    """Token counts: identifying tokens found/caught per kind, other tokens seen/kept."""

    found: dict[str, int] = field(default_factory=dict)
    caught: dict[str, int] = field(default_factory=dict)
    other: int = 0
    kept: int = 0
    misses: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        """Recall of identifying tokens (of one kind or overall)."""
        f = self.found.get(kind, 0) if kind else sum(self.found.values())
        c = self.caught.get(kind, 0) if kind else sum(self.caught.values())
        return c / f if f else 1.0

    @property
    def preserved(self) -> float:
        """Share of the other word tokens left untouched."""
        return self.kept / self.other if self.other else 1.0


def score_text(marked: str, score: Score, name: str = "", shift_days: int | None = None) -> None:
    """Pseudonymise one labelled text and add its counts to `score`."""
    text, gold = parse_marked(marked)
    reps = Pseudonymiser(shift_days=shift_days).process(text).replacements
    covered = [(r.start, r.end) for r in reps if r.kind != "date"]
    touched = [(r.start, r.end) for r in reps]
    for m in WORD.finditer(text):
        g = next((g for g in gold if g.start <= m.start() < g.end), None)
        if g is None:
            score.other += 1
            if not any(s < m.end() and m.start() < e for s, e in touched):
                score.kept += 1
            continue
        score.found[g.kind] = score.found.get(g.kind, 0) + 1
        if any(s <= m.start() and m.end() <= e for s, e in covered):
            score.caught[g.kind] = score.caught.get(g.kind, 0) + 1
        else:
            score.misses.append(f"{name}: {g.kind}: {m.group()} in „{text[g.start:g.end]}“")
