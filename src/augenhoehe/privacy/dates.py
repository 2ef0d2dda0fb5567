"""Consistent shifting of the plan's process dates (every date moves by the same number of days)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
_MONTH_RE = "|".join(MONTHS)
NUMERIC = re.compile(r"\b(\d{1,2})\.(\s?)(\d{1,2})\.(\s?)((?:19|20)\d{2}|\d{2})?(?!\d)")
WORDED = re.compile(rf"\b(\d{{1,2}})\.\s?({_MONTH_RE})(?:\s+((?:19|20)\d{{2}}))?\b")
# "12. bis 23. Oktober 2025", "3.–7. März": the first day borrows month and year of the second
RANGE = re.compile(rf"\b(\d{{1,2}})\.\s?(bis|–|-)\s?(\d{{1,2}})\.\s?({_MONTH_RE})(?:\s+((?:19|20)\d{{2}}))?\b")
ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_FALLBACK_YEAR = 2024  # a leap year, so 29.02. without a year can be shifted


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement_format) for every date; the format is applied to the shifted date."""
    for m in ISO.finditer(text):
        yield m.start(), m.end(), "iso"
    for m in RANGE.finditer(text):
        yield m.start(), m.end(), "range"
    for m in WORDED.finditer(text):
        yield m.start(), m.end(), "worded" + ("Y" if m.group(3) else "")
    for m in NUMERIC.finditer(text):
        yield m.start(), m.end(), "numeric"


def shift(value: str, days: int, year_hint: int | None = None) -> str | None:
    """The date in `value` moved by `days`, written in the same style; None if it is no date."""
    year_default = year_hint or _FALLBACK_YEAR
    if m := ISO.fullmatch(value):
        d = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (d + timedelta(days=days)).isoformat() if d else None
    if m := RANGE.fullmatch(value):
        year = int(m.group(5)) if m.group(5) else year_default
        month = MONTHS.index(m.group(4)) + 1
        first, last = _safe(year, month, int(m.group(1))), _safe(year, month, int(m.group(3)))
        if not first or not last:
            return None
        a, b = first + timedelta(days=days), last + timedelta(days=days)
        tail = f" {b.year}" if m.group(5) else ""
        head = f"{a.day}." if a.month == b.month else f"{a.day}. {MONTHS[a.month - 1]}"
        return f"{head} {m.group(2)} {b.day}. {MONTHS[b.month - 1]}{tail}"
    if m := WORDED.fullmatch(value):
        year = int(m.group(3)) if m.group(3) else year_default
        d = _safe(year, MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        if not d:
            return None
        n = d + timedelta(days=days)
        return f"{n.day}. {MONTHS[n.month - 1]}" + (f" {n.year}" if m.group(3) else "")
    if m := NUMERIC.fullmatch(value):
        raw_year = m.group(5)
        year = year_default if raw_year is None else int(raw_year) + (2000 if len(raw_year) == 2 else 0)
        d = _safe(year, int(m.group(3)), int(m.group(1)))
        if not d:
            return None
        n = d + timedelta(days=days)
        wide = len(m.group(1)) == 2
        day = f"{n.day:02d}" if wide else str(n.day)
        mon = f"{n.month:02d}" if len(m.group(3)) == 2 else str(n.month)
        out = f"{day}.{m.group(2)}{mon}.{m.group(4)}"
        if raw_year is not None:
            out += str(n.year) if len(raw_year) == 4 else f"{n.year % 100:02d}"
        return out
    return None
