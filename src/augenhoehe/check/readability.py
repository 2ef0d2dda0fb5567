"""German readability formulas (Amstad, Wiener Sachtextformel 1, LIX) on SoMaJo sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from augenhoehe.check.nlp import Sentence

_LETTERS = re.compile(r"[^\W\d_]")
_pyphen: list = []


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Syllables of a word from pyphen's de_DE hyphenation points (an approximation)."""
    if not _pyphen:
        import pyphen

        _pyphen.append(pyphen.Pyphen(lang="de_DE"))
    return len(_pyphen[0].positions(word.lower())) + 1


@dataclass(frozen=True)
class Readability:
    """Readability figures of a text."""

    sentences: int
    words: int
    amstad: float
    wstf1: float
    lix: float


def readability(sentences: list[Sentence]) -> Readability | None:
    """Compute Amstad (higher = easier), WSTF 1 (school grade) and LIX; None without words."""
    words = [t.text for s in sentences for t in s.words if _LETTERS.search(t.text)]
    n_sent = sum(1 for s in sentences if any(_LETTERS.search(t.text) for t in s.words))
    if not words or not n_sent:
        return None
    n = len(words)
    syl = [syllables(w) for w in words]
    asl = n / n_sent
    asw = sum(syl) / n
    ms = 100 * sum(1 for x in syl if x >= 3) / n
    iw = 100 * sum(1 for w in words if len(w) > 6) / n
    es = 100 * sum(1 for x in syl if x == 1) / n
    amstad = 180 - asl - 58.5 * asw
    wstf1 = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875
    lix = asl + iw
    return Readability(n_sent, n, round(amstad, 1), round(wstf1, 1), round(lix, 1))
