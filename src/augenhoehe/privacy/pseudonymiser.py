"""Pseudonymiser: finds identifying spans and replaces them with consistent placeholders."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any

from augenhoehe.privacy import dates, detectors, names
from augenhoehe.privacy.names import Mention
from augenhoehe.privacy.spans import OffsetMap, Replacement, Span, resolve

LABELS: dict[str, str] = {
    "address": "Adresse", "place": "Ort", "birthdate": "Geburtsdatum", "phone": "Telefon",
    "email": "E-Mail", "file_number": "Aktenzeichen", "employer": "Arbeitgeber",
}


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA …"""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


@dataclass
class _Person:
    first: str | None
    last: str | None
    gender: str | None
    label: str


@dataclass
class Pseudonymised:
    """A pseudonymised text with its replacements (original values are in the mapping only)."""

    source: str
    text: str
    replacements: list[Replacement]

    @property
    def offsets(self) -> OffsetMap:
        """Map between offsets of the original and of the pseudonymised text."""
        return OffsetMap(self.replacements)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: text and replacements without the replaced values."""
        return {
            "schema": "augenhoehe.pseudonym/1", "source": self.source, "text": self.text,
            "replacements": [
                {"start": r.start, "end": r.end, "kind": r.kind, "placeholder": r.placeholder,
                 "new_start": r.new_start, "new_end": r.new_end}
                for r in self.replacements
            ],
        }


@dataclass
class Pseudonymiser:
    """Keeps placeholders consistent over every text it processes (a corpus, a case's versions)."""

    shift_days: int | None = None
    people: list[_Person] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    mapping: dict[str, set[str]] = field(default_factory=dict)

    # ---- persons ------------------------------------------------------------------------
    def _new_person(self, m: Mention) -> _Person:
        p = _Person(m.first, m.last, m.gender, f"Person {_letters(len(self.people))}")
        self.people.append(p)
        return p

    def _person(self, m: Mention) -> _Person:
        if m.first and m.last:
            for p in self.people:
                if p.last == m.last and p.first == m.first:
                    return p
            for p in self.people:
                if p.last == m.last and p.first is None and (not m.gender or p.gender in (None, m.gender)):
                    p.first = m.first
                    return p
            return self._new_person(m)
        if m.last:
            same = [p for p in self.people if p.last == m.last]
            fit = [p for p in same if m.gender and p.gender == m.gender] or same
            if fit:
                if fit[0].gender is None:
                    fit[0].gender = m.gender
                return fit[0]
            return self._new_person(m)
        same = [p for p in self.people if p.first == m.first]
        return same[0] if same else self._new_person(m)

    def _person_spans(self, text: str) -> list[Span]:
        cued = names.cue_mentions(text)
        ordered = sorted(cued, key=lambda m: (not (m.first and m.last), m.start))
        spans = [Span(m.start, m.end, "person", self._person(m).label) for m in ordered]
        firsts = {p.first for p in self.people if p.first}
        lasts = {p.last for p in self.people if p.last}
        for m in names.propagate(text, firsts, lasts):
            spans.append(Span(m.start, m.end, "person", self._person(m).label))
        return spans

    # ---- placeholders -------------------------------------------------------------------
    def _placeholder(self, span: Span) -> str:
        if span.kind == "person":
            return span.key
        key = f"{span.kind}:{span.key}"
        if key not in self.labels:
            n = self.counters.get(span.kind, 0) + 1
            self.counters[span.kind] = n
            self.labels[key] = f"{LABELS[span.kind]} {n}"
        return self.labels[key]

    def _date_spans(self, text: str) -> list[Span]:
        if self.shift_days is None:
            return []
        return [Span(s, e, "date", text[s:e]) for s, e, _f in dates.find_dates(text)]

    def spans(self, text: str) -> list[Span]:
        """The identifying spans of a text, overlaps resolved."""
        return resolve(detectors.all_spans(text) + self._person_spans(text) + self._date_spans(text))

    def process(self, text: str, source: str = "<text>") -> Pseudonymised:
        """Pseudonymise one text."""
        out: list[str] = []
        reps: list[Replacement] = []
        pos = 0
        length = 0
        for span in self.spans(text):
            if span.kind == "date":
                new = dates.shift(text[span.start:span.end], self.shift_days or 0)
                if new is None:
                    continue
            else:
                new = self._placeholder(span)
                self.mapping.setdefault(new, set()).add(text[span.start:span.end])
            out.append(text[pos:span.start])
            length += span.start - pos
            reps.append(Replacement(span.start, span.end, span.kind, new, length, length + len(new)))
            out.append(new)
            length += len(new)
            pos = span.end
        out.append(text[pos:])
        return Pseudonymised(source, "".join(out), reps)

    def mapping_dict(self) -> dict[str, list[str]]:
        """Placeholder -> original spellings (keep this apart from the pseudonymised texts)."""
        return {k: sorted(v) for k, v in sorted(self.mapping.items())}


def pseudonymise(text: str, shift_days: int | None = None) -> Pseudonymised:
    """Pseudonymise a single text with a fresh set of placeholders."""
    return Pseudonymiser(shift_days=shift_days).process(text)
