"""Headings of real plans are recognised; sentences are not mistaken for headings."""

from __future__ import annotations

import pytest

from augenhoehe.check.structure import blocks_of, classify_heading


@pytest.mark.parametrize("line,kind", [
    ("Berufsziel", "goal"), ("Ziel: Arbeit als Koch", "goal"), ("Ihre Schritte:", "client"),
    ("## Nächste Schritte", "client"), ("Was wir tun", "jobcenter"),
    ("Das Jobcenter unterstützt Sie:", "jobcenter"), ("Unterstützung", "jobcenter"),
    ("Unterstützung durch andere Stellen", "other_agency"), ("Überprüfung", "review"),
    ("2. Bemühungen des Kunden", "client"), ("Kurzfristiges Zwischenziel", "interim"),
    ("Das ist mir wichtig", "wishes"), ("Rechtsfolgenbelehrung", "legal"),
])
def test_heading_is_recognised(line, kind):
    found = classify_heading(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("line", ["Das Jobcenter übernimmt die Fahrtkosten.", "Sie bewerben sich.",
                                  "Das Jobcenter übernimmt die Fahrtkosten"])
def test_sentence_is_not_a_heading(line):
    assert classify_heading(line) is None


def test_inline_heading_body_starts_after_colon():
    text = "Ziel: Arbeit als Koch\nIhre Schritte\n- Sie bewerben sich."
    blocks = blocks_of(text)
    assert [b.kind for b in blocks] == ["goal", "client"]
    assert text[blocks[0].start:blocks[0].end].strip() == "Arbeit als Koch"
