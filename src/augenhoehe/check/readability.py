"""German readability formulas (Amstad, Wiener Sachtextformel 1, LIX) on SoMaJo sentences."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for annotations: nlp imports this module (warm_up), not the reverse
    from augenhoehe.check.nlp import Sentence

_LETTERS = re.compile(r"[^\W\d_]")
_pyphen: list = []
LEFT = RIGHT = 2
"""pyphen's default margins: no hyphen within the first or last two letters."""


def _cache_file(dic: Path) -> Path:
    import pyphen

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "augenhoehe"
    stamp = f"{pyphen.__version__}-{dic.stat().st_size}-{int(dic.stat().st_mtime)}"
    return base / f"pyphen-de_DE-{stamp}.json"


def _hyphenator() -> Any:
    """pyphen's de_DE patterns; parsed once (about 1.5 s) and kept as JSON in the user cache."""
    import pyphen

    dic = Path(pyphen.LANGUAGES["de_DE"])
    cache = _cache_file(dic)
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
        hd.patterns = {k: (v[0], tuple(v[1])) for k, v in data.items()}
        hd.cache = {}
        hd.maxlen = max(len(k) for k in hd.patterns)
        return hd
    except (OSError, ValueError, KeyError, TypeError):
        pass
    hd = pyphen.Pyphen(lang="de_DE").hd
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({k: [v[0], list(v[1])] for k, v in hd.patterns.items()}),
                       encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # read-only home: parse again next time
    return hd


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Syllables of a word from pyphen's de_DE hyphenation points (an approximation)."""
    if not _pyphen:
        _pyphen.append(_hyphenator())
    low = word.lower()
    right = len(low) - RIGHT
    return sum(1 for i in _pyphen[0].positions(low) if LEFT <= i <= right) + 1


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


_SHORTENED = re.compile(r"(?<![\w.])(?:[a-zäöüß]{1,7}|[A-ZÄÖÜ][a-zäöüß]{0,6})\.(?=[ \t]*[a-zäöüß0-9(/–-])")
"""A shortened word inside a sentence ("Kd. hat mtl. 6 Bew."): the next word does not start a sentence."""
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,5}\b(?!\s*\()")
"""An acronym not explained in brackets right after it ("AVGS", but not "AVGS (Gutschein …)")."""
EVERYDAY_SHORT = frozenset({"z.", "bzw.", "ca.", "usw.", "etc.", "inkl.", "evtl.", "ggf.", "Nr.", "Tel.", "Str.",
                            "vgl.", "d.", "h.", "u.", "a.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.", "Dr.",
                            "St.", "Jan.", "Feb.", "Apr.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "Std.", "min.",
                            "B.", "geb.", "max.", "mind.", "f.", "ff.", "v.", "o.", "g.", "i.", "m.",
                            "Abs.", "S."})
"""Shortened words most readers know, and parts of legal citations that VS105 already names ("Abs.", "S.");
they still count for the readability feature, not as findings."""


def shortened_words(text: str) -> list[tuple[int, int]]:
    """Spans of shortened words used inside sentences."""
    return [m.span() for m in _SHORTENED.finditer(text)]


def unexplained_acronyms(text: str) -> list[tuple[int, int]]:
    """Spans of acronyms without an explanation in brackets."""
    return [m.span() for m in _ACRONYM.finditer(text)]
