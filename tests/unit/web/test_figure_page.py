"""The dashboard's headline figures: never "keine Daten" beside a chart that has points."""

from __future__ import annotations

from datetime import date

from augenhoehe.web.workspace.figure_page import latest_known

MONTHS = [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)]


def test_the_newest_month_with_a_value_is_shown_with_its_month() -> None:
    rows = [{"share_review_on_time": 0.5}, {"share_review_on_time": 0.25}, {}]
    assert latest_known(MONTHS, rows, "share_review_on_time") == (25, date(2026, 10, 1))


def test_the_current_month_wins_when_it_has_a_value() -> None:
    rows = [{"x": 0.5}, {}, {"x": 1.0}]
    assert latest_known(MONTHS, rows, "x") == (100, date(2026, 11, 1))


def test_no_value_in_any_month_is_no_data() -> None:
    assert latest_known(MONTHS, [{}, {}, {}], "x") == (None, None)
