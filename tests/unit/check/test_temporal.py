"""Dates, deadlines and frequencies found in German plan wording."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.check.temporal import find_times, has_time

BASE = date(2026, 3, 1)


@pytest.mark.parametrize("text,kind,value", [
    ("bis zum 15.04. melden Sie sich", "date", date(2026, 4, 15)),
    ("ab dem 1. Mai 2026", "date", date(2026, 5, 1)),
    ("am 12.03.2025", "date", date(2025, 3, 12)),
    ("spätestens Ende Mai", "deadline", None),
    ("innerhalb von zwei Wochen", "deadline", None),
    ("jeden Dienstag", "frequency", None),
    ("zweimal im Monat", "frequency", None),
    ("monatlich", "frequency", None),
    ("wöchentlich", "frequency", None),
    ("drei Bewerbungen pro Monat", "frequency", None),
])
def test_expression_is_found_with_kind_and_value(text, kind, value):
    found = find_times(text, BASE)
    assert found and found[0].kind == kind and found[0].value == value


@pytest.mark.parametrize("text", ["Sie bewerben sich regelmäßig.", "Die Kita ist mit dem Bus erreichbar.",
                                  "Mit 3 Kindern ist das schwer."])
def test_vague_or_unrelated_text_has_no_time(text):
    assert not has_time(text)


def test_impossible_date_is_ignored():
    assert find_times("am 31.02.2026", BASE) == []
