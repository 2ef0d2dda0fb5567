"""Key figures: suppression of small teams, own figures, review and change figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.unit.monitoring.conftest import build, plan_row

from augenhoehe.monitoring.figures import FigureStore, own_figures, refresh
from augenhoehe.monitoring.tables import write_table


def test_team_below_five_caseworkers_is_suppressed(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 5, "B": 4})
    store = FigureStore(refresh(snap, tmp_path / "f"))
    a, b = store.team_report("A"), store.team_report("B")
    assert not a.suppressed and a.caseworkers == 5
    assert a.months[0].values["plans"] == 5
    assert b.suppressed and b.caseworkers is None
    assert all(r.suppressed for r in b.months)
    assert all(v is None for r in b.months for k, v in r.values.items()
               if k not in ("month", "caseworkers"))
    assert b.strategies is not None and b.strategies.values["plans"] is None
    assert store.team_report("Jobcenter").months[0].values["plans"] == 9


def test_units_never_list_caseworkers(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 6})
    store = FigureStore(refresh(snap, tmp_path / "f"))
    assert store.units() == ["A", "Jobcenter"]
    with pytest.raises(KeyError):
        store.team_report("A-cw0")


def test_own_figures_are_private_and_unsuppressed(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 3})
    mine = own_figures(snap, "A-cw1")
    assert not mine.suppressed and mine.months[0].values["plans"] == 1
    with pytest.raises(KeyError):
        own_figures(snap, "nobody")


def test_review_on_time_and_unchanged_copy(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 10})
    d0 = dt.date(2025, 1, 6)
    plans = []
    for i in range(10):
        case, cw = f"A-F{i}", f"A-cw{i}"
        plans.append(plan_row(f"{case}-V1", case, "A", cw, 1, d0, "x", review=d0 + dt.timedelta(90)))
        late = i < 5  # five cases reviewed after eight months
        nxt = d0 + dt.timedelta(240 if late else 80)
        plans.append(plan_row(f"{case}-V2", case, "A", cw, 2, nxt, "x" if i == 9 else "y"))
    write_table(snap, "plan_versions", plans)
    rep = FigureStore(refresh(snap, tmp_path / "f")).team_report("A")
    assert rep.months[0].values["share_review_on_time"] == pytest.approx(0.5)
    changed = {r.values["month"]: r.values["share_changed_at_review"] for r in rep.months}
    assert changed[dt.date(2025, 3, 1)] == pytest.approx(4 / 5)  # one of five copied forward
    assert changed[dt.date(2025, 9, 1)] == 1.0


def test_refresh_replaces_figures_as_a_whole(tmp_path: Path) -> None:
    fig = tmp_path / "f"
    refresh(build(tmp_path / "s1", {"A": 5}), fig)
    refresh(build(tmp_path / "s2", {"B": 6}), fig)
    assert FigureStore(fig).units() == ["B", "Jobcenter"]
    assert not (tmp_path / "f.new").exists() and not (tmp_path / "f.old").exists()


def _spread(snap: Path, months: list[int], team: str = "A") -> None:
    """One plan per caseworker cw0…cw9, caseworker i in month months[i % len(months)] of 2025."""
    plans = [plan_row(f"{team}-F{i}-V1", f"{team}-F{i}", team, f"{team}-cw{i}", 1,
                      dt.date(2025, months[i % len(months)], 10)) for i in range(10)]
    write_table(snap, "plan_versions", plans)


def test_rolling_window_is_as_wide_as_needed_to_reach_five_caseworkers(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 10})
    _spread(snap, [1, 2, 3, 4, 5])  # two caseworkers a month
    rep = FigureStore(refresh(snap, tmp_path / "f", as_of=dt.date(2025, 5, 15))).team_report("A")
    assert rep.window_months == 3  # March to May: six caseworkers; two months would be four
    by_month = {r.values["month"]: r for r in rep.rolling}
    assert list(by_month) == [dt.date(2025, m, 1) for m in range(1, 6)]  # every month up to today
    assert by_month[dt.date(2025, 3, 1)].values["plans"] == 6
    assert by_month[dt.date(2025, 1, 1)].suppressed  # two caseworkers only: never shown
    assert not any(r.values["caseworkers"] is not None and r.values["caseworkers"] < 5
                   and not r.suppressed for r in rep.rolling)


def test_months_without_plans_are_gaps_not_interpolated(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 10})
    _spread(snap, [1, 5])  # five caseworkers in January and in May, nothing in between
    rep = FigureStore(refresh(snap, tmp_path / "f", as_of=dt.date(2025, 5, 20))).team_report("A")
    assert rep.window_months == 1
    values = {r.values["month"].month: r.values["gesamt"] for r in rep.rolling}
    assert values == {1: 70, 2: None, 3: None, 4: None, 5: 70}


def test_an_overdue_review_counts_as_not_on_time_instead_of_no_data(tmp_path: Path) -> None:
    snap = build(tmp_path / "s", {"A": 5})
    day = dt.date(2025, 1, 10)
    write_table(snap, "plan_versions", [
        plan_row(f"A-F{i}-V1", f"A-F{i}", "A", f"A-cw{i}", 1, day, review=day + dt.timedelta(90))
        for i in range(5)])
    not_due = FigureStore(refresh(snap, tmp_path / "f1", as_of=dt.date(2025, 3, 1))).team_report("A")
    assert not_due.months[0].values["share_review_on_time"] is None
    overdue = FigureStore(refresh(snap, tmp_path / "f2", as_of=dt.date(2025, 6, 1))).team_report("A")
    assert overdue.months[0].values["share_review_on_time"] == 0
