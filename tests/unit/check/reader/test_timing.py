"""Dates, deadlines and frequencies in German plan wording: one implementation for reader and rules."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.check.reader.timing import due_date, first_date, has_deadline, has_time

BASE = date(2026, 3, 1)


@pytest.mark.parametrize("text,value", [
    ("bis zum 15.04. melden Sie sich", date(2026, 4, 15)),
    ("ab dem 1. Mai 2026", date(2026, 5, 1)),
    ("am 12.03.2025", date(2025, 3, 12)),
])
def test_a_day_is_resolved(text, value):
    assert first_date(text, BASE) == value


@pytest.mark.parametrize("text,value", [
    ("spätestens Ende Mai", date(2026, 5, 31)),
    ("innerhalb von zwei Wochen", date(2026, 3, 15)),
    ("in KW 14", date(2026, 4, 3)),
    ("bis Ende März", date(2026, 3, 31)),
])
def test_a_deadline_is_resolved_against_the_plan_date(text, value):
    assert due_date(text, BASE) == value and has_deadline(text)


@pytest.mark.parametrize("text", ["jeden Dienstag", "zweimal im Monat", "monatlich", "wöchentlich",
                                  "drei Bewerbungen pro Monat", "14-tägig"])
def test_a_frequency_is_a_time(text):
    assert has_time(text)


@pytest.mark.parametrize("text", ["bis Ende des Monats", "in der nächsten Woche", "am Dienstag", "ab sofort",
                                  "bis 2027"])
def test_deadlines_without_a_day_still_time_a_step(text):
    assert has_time(text) and has_deadline(text)


@pytest.mark.parametrize("text", ["Sie bewerben sich regelmäßig.", "Die Kita ist mit dem Bus erreichbar.",
                                  "Mit 3 Kindern ist das schwer.", "Sie melden sich zeitnah."])
def test_vague_or_unrelated_text_has_no_time(text):
    assert not has_time(text)


def test_impossible_date_is_ignored():
    assert first_date("am 31.02.2026", BASE) is None


def test_a_weekday_deadline_is_the_next_such_day_after_the_plan_date():
    assert due_date("Herr Kaya schickt die Vereinbarung bis Freitag an das Seniorenzentrum.", BASE) \
        == date(2026, 3, 6)  # BASE is a Sunday
    assert due_date("Sie kommen jeden Freitag in die Sprechstunde.", BASE) is None


def test_a_course_with_a_start_and_a_length_is_due_on_its_last_working_day():
    assert due_date("Teilnahme Aktivcenter ab 08.04.24, tägl. 8-12 Uhr, 8 Wo.", BASE) == date(2024, 5, 31)


def test_laufend_alone_does_not_make_a_step_checkable():
    assert not has_time("Das Jobcenter unterstützt bei Bedarf laufend.")
    assert has_time("Sie melden sich laufend, spätestens jeden Montag.")
