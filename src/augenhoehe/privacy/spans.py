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
        self._old = [(r.start, r.end) for r in self.replacements]
        self._new = [(r.new_start, r.new_end) for r in self.replacements]

    @staticmethod
    def _map(offset: int, src: list[tuple[int, int]], dst: list[tuple[int, int]], end: bool) -> int:
        i = bisect.bisect_right(src, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        (s_start, s_end), (d_start, d_end) = src[i], dst[i]
        if offset >= s_end:
            return d_end + (offset - s_end)
        if offset == s_start:
            return d_start
        return d_end if end else d_start

    def to_new(self, offset: int, *, end: bool = False) -> int:
        """New offset; an offset inside a replaced span goes to the placeholder's start (or end)."""
        return self._map(offset, self._old, self._new, end)

    def to_old(self, offset: int, *, end: bool = False) -> int:
        """Original offset of a position in the new text (inside a placeholder: its span's bounds)."""
        return self._map(offset, self._new, self._old, end)

    def span_to_new(self, start: int, end: int) -> tuple[int, int]:
        """A span of the original text in the new text (widened to whole placeholders)."""
        return self.to_new(start), self.to_new(end, end=True)

    def span_to_old(self, start: int, end: int) -> tuple[int, int]:
        """A span of the new text in the original text (widened to whole replaced spans)."""
        return self.to_old(start), self.to_old(end, end=True)
