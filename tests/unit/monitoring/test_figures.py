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
