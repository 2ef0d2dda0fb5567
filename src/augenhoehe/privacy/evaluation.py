"""Measuring the pseudonymiser on texts with inline labels `[[text|kind]]`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


# ---- names of the shared labelled corpus (set-*/labels.jsonl: client and staff per plan) ----
# Every occurrence of a token of the client's or staff's name (titles and connecting words removed)
# counts; it is caught when a replacement covers it. The texts are read at evaluation time only.

_DROP = {"herr", "herrn", "frau", "dr.", "dr", "prof.", "mit", "und", "bedarfsgemeinschaft"}


@dataclass
class CorpusResult:
    """Occurrences of name tokens found and caught, and the misses for inspection."""

    plans: int = 0
    found: int = 0
    caught: int = 0
    misses: list[str] = field(default_factory=list)
    other_words: int = 0
    other_kept: int = 0

    @property
    def recall(self) -> float:
        """Share of name-token occurrences replaced."""
        return self.caught / self.found if self.found else 1.0


def name_tokens(label: str) -> set[str]:
    """Name tokens of a labels.jsonl client/staff entry (no titles, no initials)."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*\.?", label)
    return {w for w in words if w.lower() not in _DROP and not re.fullmatch(r"\w\.", w) and w[0].isupper()}


def count_names(text: str, tokens: set[str], res: CorpusResult, label: str) -> None:
    """Pseudonymise one plan and add its name occurrences (caught or missed) and other words to `res`."""
    covered = [(r.start, r.end) for r in Pseudonymiser().process(text).replacements]
    res.plans += 1
    for w in re.finditer(r"\w+", text):
        if w.group() not in tokens:
            res.other_words += 1
            res.other_kept += not any(s < w.end() and w.start() < e for s, e in covered)
    for tok in tokens:
        for m in re.finditer(rf"(?<![\w-]){re.escape(tok)}(?![\w-])", text):
            res.found += 1
            if any(s <= m.start() and m.end() <= e for s, e in covered):
                res.caught += 1
            else:
                ctx = text[max(0, m.start() - 30):m.end() + 20].replace("\n", "⏎")
                res.misses.append(f"{label}: {tok}: …{ctx}…")


def measure_corpus_names(corpus: Path) -> CorpusResult:
    """Run the pseudonymiser over every plan (fresh placeholders per plan) and count."""
    res = CorpusResult()
    for labels in sorted(corpus.glob("set-*/labels.jsonl")):
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            path = labels.parent / "plans" / f"{row['id']}.txt"
            if not path.is_file():
                continue
            structure = row.get("structure") or {}
            tokens: set[str] = set()
            for entry in [structure.get("client") or ""] + list(structure.get("staff") or []):
                tokens |= name_tokens(entry)
            count_names(path.read_text(encoding="utf-8"), tokens, res, row["id"])
    return res


def measure_simulation_names(result: Any) -> CorpusResult:
    """Name recall on a simulation's plan texts: the client's and the caseworker's first and last names."""
    clients = {c.id: c for c in result.clients}
    workers = {w.id: w for w in result.caseworkers}
    res = CorpusResult()
    for case in result.cases:
        people = [clients.get(case.client_id), workers.get(case.caseworker_id)]
        tokens = {t for p in people if p is not None for t in (p.first_name, p.last_name)}
        for pv in case.plans:
            if pv.text:
                count_names(pv.text, tokens, res, f"{case.id}-V{pv.version}")
    return res
