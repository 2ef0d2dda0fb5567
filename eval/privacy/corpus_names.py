"""Name recall on the shared labelled corpus (../shared/corpus/set-*/labels.jsonl, read at run time).

Every occurrence of a token of the client's or staff's name (titles and connecting words removed)
counts; it is caught when a replacement covers it. The texts stay outside this repository.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from augenhoehe.privacy import Pseudonymiser

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


def measure(corpus: Path) -> CorpusResult:
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
            text = path.read_text(encoding="utf-8")
            structure = row.get("structure") or {}
            tokens: set[str] = set()
            for entry in [structure.get("client") or ""] + list(structure.get("staff") or []):
                tokens |= name_tokens(entry)
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
                        res.misses.append(f"{row['id']}: {tok}: …{ctx}…")
    return res
