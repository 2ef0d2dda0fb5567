"""The one clock: pinned by AUGENHOEHE_TODAY, otherwise whatever source the composition root installed."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.domain import clock
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.domain.regimes import Regime


def test_the_pin_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUGENHOEHE_TODAY", "2026-07-01")
    assert clock.today() == date(2026, 7, 1)


def test_the_installed_source_answers_without_a_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUGENHOEHE_TODAY", raising=False)
    before = clock._source[0]
    try:
        clock.use(lambda: date(2023, 6, 30))
        assert clock.today() == date(2023, 6, 30)
        assert CooperationPlan(goal="x").regime is Regime.EGV  # an undated plan takes today's law
    finally:
        clock.use(before)
