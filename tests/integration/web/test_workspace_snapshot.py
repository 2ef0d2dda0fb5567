"""The workspace snapshot reads the database, pseudonymises staff and keeps names out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from augenhoehe.monitoring.figures import FigureStore, refresh
from augenhoehe.web.workspace.models import (
    FindingDismissal,
    Plan,
    PlanStep,
    PlanVersion,
    Summons,
)
from augenhoehe.web.workspace.services.snapshot import own_pseudonym, snapshot_from_workspace

pytestmark = pytest.mark.django_db


def test_snapshot_of_the_workspace(world, tmp_path: Path) -> None:
    version = PlanVersion.objects.create(
        plan=Plan.objects.create(case=world.case_a), number=1, plan_date=date(2026, 9, 1),
        goal="Lagerlogistik", created_by=world.cw_nord, concluded_on=date(2026, 9, 1),
        check_result={"scores": {"gesamt": 61, "gegenseitigkeit": 40},
                      "findings": [{"code": "GG101", "indicator": "gegenseitigkeit"}]})
    PlanStep.objects.create(version=version, section="naechste_schritte", owner="client",
                            text="Sie haben Bewerbungen vorzulegen", author="caseworker",
                            due_date=date(2026, 9, 15), evidence="Kopien")
    FindingDismissal.objects.create(version=version, code="GG101", reason="passt",
                                    dismissed_by=world.cw_nord)
    Summons.objects.create(case=world.case_a, kind="aufforderung", regime="grundsicherung",
                           issued_on=date(2026, 10, 1), obligation="x", legal_consequences="y",
                           created_by=world.cw_nord)
    snap = snapshot_from_workspace(tmp_path / "snap")
    con = duckdb.connect()
    pv = con.sql(f"SELECT cw, s_gesamt, n_jc_steps, jc_as_concrete FROM '{snap}/plan_versions.parquet'"
                 ).fetchall()
    assert pv == [(own_pseudonym(world.cw_nord.pk), 61, 0, False)]
    assert con.sql(f"SELECT kind FROM '{snap}/events.parquet'").fetchall() == [("summons",)]
    assert con.sql(f"SELECT code, dismissed FROM '{snap}/findings.parquet'").fetchall() == [
        ("GG101", True)]
    dump = " ".join(str(r) for t in ("cases", "plan_versions", "events")
                    for r in con.sql(f"SELECT * FROM '{snap}/{t}.parquet'").fetchall())
    assert "Demir" not in dump and "fk1" not in dump and str(world.cw_nord.pk) not in dump.split()
    store = FigureStore(refresh(snap, tmp_path / "fig"))
    assert store.team_report(f"T{world.nord.pk}").suppressed  # two caseworkers only
