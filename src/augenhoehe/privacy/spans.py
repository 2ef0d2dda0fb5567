"""Spans found in a text, replacements made, and the map from old to new offsets."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "person", "address", "place", "birthdate", "phone", "email", "file_number", "employer", "date",
)
# higher wins when two spans overlap and have the same length
PRIORITY: dict[str, int] = {
    "email": 9, "file_number": 8, "birthdate": 7, "phone": 6, "address": 5, "employer": 4,
    "person": 3, "place": 2, "date": 1,
}


@dataclass(frozen=True)
class Span:
    """An identifying stretch of the original text; `key` groups mentions of the same thing."""

    start: int
    end: int
    kind: str
    key: str


@dataclass(frozen=True)
class Replacement:
    """A span of the original text and the placeholder that now stands at new_start..new_end."""

    start: int
    end: int
    kind: str
    placeholder: str
    new_start: int
    new_end: int


def resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: longer first, then by priority; the result sorted by start."""
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), -PRIORITY.get(s.kind, 0), s.start)):
        if s.end <= s.start or any(s.start < e and b < s.end for b, e in taken):
            continue
        chosen.append(s)
        taken.append((s.start, s.end))
    return sorted(chosen, key=lambda s: s.start)


class OffsetMap:
    """Maps offsets of the original text to the pseudonymised text and back."""

    def __init__(self, replacements: list[Replacement]):
        self.replacements = sorted(replacements, key=lambda r: r.start)
        self._starts = [r.start for r in self.replacements]
        self._new_starts = [r.new_start for r in self.replacements]

    def to_new(self, offset: int, *, end: bool = False) -> int:
        """New offset; an offset inside a replaced span goes to the placeholder's start (or end)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        r = self.replacements[i]
        if offset >= r.end:
            return r.new_end + (offset - r.end)
        if offset == r.start:
            return r.new_start
        return r.new_end if end else r.new_start

    def to_old(self, offset: int, *, end: bool = False) -> int:
        """Original offset of a position in the new text (inside a placeholder: its span's bounds)."""
        i = bisect.bisect_right(self._new_starts, offset) - 1
        if i < 0:
            return offset
        r = self.replacements[i]
        if offset >= r.new_end:
            return r.end + (offset - r.new_end)
        if offset == r.new_start:
            return r.start
        return r.end if end else r.start

    def span_to_new(self, start: int, end: int) -> tuple[int, int]:
        """A span of the original text in the new text (widened to whole placeholders)."""
        return self.to_new(start), self.to_new(end, end=True)

    def span_to_old(self, start: int, end: int) -> tuple[int, int]:
        """A span of the new text in the original text (widened to whole replaced spans)."""
        return self.to_old(start), self.to_old(end, end=True)
