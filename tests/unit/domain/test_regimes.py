"""The law of the day: regimes keyed by date and what each allows."""

from datetime import date

from augenhoehe.domain.dates import add_months, latest_review_date
from augenhoehe.domain.regimes import Regime, regime_on, rules_on


def test_regime_changes_on_the_days_the_law_changed():
    assert regime_on(date(2023, 6, 30)) is Regime.EGV
    assert regime_on(date(2023, 7, 1)) is Regime.BUERGERGELD
    assert regime_on(date(2026, 6, 30)) is Regime.BUERGERGELD
    assert regime_on(date(2026, 7, 1)) is Regime.GRUNDSICHERUNG


def test_schlichtung_exists_only_under_buergergeld():
    assert rules_on(date(2024, 1, 1)).has_schlichtung
    assert not rules_on(date(2026, 8, 1)).has_schlichtung
    assert not rules_on(date(2022, 1, 1)).has_schlichtung


def test_verpflichtung_by_verwaltungsakt_only_under_neue_grundsicherung():
    assert rules_on(date(2026, 7, 1)).has_verpflichtung_by_va
    assert not rules_on(date(2025, 7, 1)).has_verpflichtung_by_va


def test_childcare_threshold_differs_between_regimes():
    assert rules_on(date(2025, 1, 1)).childcare_reasonable_from_months == 36
    assert rules_on(date(2026, 9, 1)).childcare_reasonable_from_months == 14


def test_review_deadline_is_six_months_and_clamps_month_ends():
    assert latest_review_date(date(2026, 1, 15)) == date(2026, 7, 15)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
