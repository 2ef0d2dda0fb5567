"""The one NLP adapter: SoMaJo sentences and tokens, HanTa tags, both cached per line/sentence."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}


def _tokenizer() -> Any:
    if "somajo" not in _MODELS:
        with _LOCK:
            from somajo import SoMaJo

            _MODELS["somajo"] = SoMaJo("de_CMC", character_offsets=True)
    return _MODELS["somajo"]


def _tagger() -> Any:
    if "hanta" not in _MODELS:
        with _LOCK:
            from HanTa import HanoverTagger

            _MODELS["hanta"] = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    return _MODELS["hanta"]


def warm_up() -> None:
    """Load SoMaJo, HanTa and pyphen now (otherwise they load on first use)."""
    from augenhoehe.check.readability import syllables

    split_line("Sie legen den Nachweis vor.")
    tag_tokens(("Sie", "legen", "den", "Nachweis", "vor", "."))
    syllables("Kooperationsplan")


def clear_caches() -> None:
    """Forget cached tokenisations and tags (benchmarks)."""
    _split_masked.cache_clear()
    tag_tokens.cache_clear()


RawSentence = tuple[tuple[str, int, int], ...]


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=200_000)
def _split_masked(masked: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    return tuple(
        tuple((t.character_offset[0], t.character_offset[1]) for t in sent)
        for sent in _tokenizer().tokenize_text([masked])
    )


def split_line(line: str) -> tuple[RawSentence, ...]:
    """Split one line into sentences of (token, start, end), offsets relative to the line.

    SoMaJo runs on the line with every digit replaced by 1 (the cache key), so lines that differ
    only in dates and numbers are tokenised once; token texts are sliced from the real line.
    """
    if not line.strip():
        return ()
    spans = _split_masked(_DIGIT.sub("1", line))
    return tuple(tuple((line[s:e], s, e) for s, e in sent) for sent in spans)


@lru_cache(maxsize=200_000)
def tag_tokens(tokens: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """HanTa (lemma, tag) for a pre-tokenised sentence."""
    tagged = _tagger().tag_sent(list(tokens), taglevel=1)
    return tuple((lemma, tag) for _word, lemma, tag in tagged)


@dataclass(frozen=True)
class Token:
    """A token with absolute code-point offsets into the checked text."""

    text: str
    start: int
    end: int


@dataclass
class Sentence:
    """A sentence of the text; tags are computed lazily (most rules need only the surface)."""

    tokens: tuple[Token, ...]
    start: int
    end: int
    text: str
    _tags: tuple[tuple[str, str], ...] | None = field(default=None, repr=False)
    _lower: list[str] | None = field(default=None, repr=False)

    @property
    def words(self) -> list[Token]:
        """Tokens that contain a letter or digit."""
        return [t for t in self.tokens if _WORD.search(t.text)]

    @property
    def tags(self) -> tuple[tuple[str, str], ...]:
        """(lemma, STTS-like tag) per token, from HanTa, cached per sentence."""
        if self._tags is None:
            self._tags = tag_tokens(tuple(t.text for t in self.tokens))
        return self._tags

    def lower_words(self) -> list[str]:
        """Lower-case surface forms of the words (computed once)."""
        if self._lower is None:
            self._lower = [t.text.lower() for t in self.words]
        return self._lower


_WORD = re.compile(r"\w")


def sentences_of(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], line by line (a sentence never crosses a line break)."""
    end = len(text) if end is None else end
    result: list[Sentence] = []
    pos = start
    for line in text[start:end].split("\n"):
        for raw in split_line(line):
            toks = tuple(Token(t, pos + s, pos + e) for t, s, e in raw)
            s0, s1 = toks[0].start, toks[-1].end
            result.append(Sentence(toks, s0, s1, text[s0:s1]))
        pos += len(line) + 1
    return result


def bare_pipeline(text: str) -> int:
    """SoMaJo + HanTa on every sentence without any rule; returns the token count (bench)."""
    count = 0
    for sent in sentences_of(text):
        count += len(sent.tags)
    return count
