"""Team figures for the dashboards: refresh the monitoring's snapshot and read its reports."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings

from augenhoehe.files import swap_into_place
from augenhoehe.monitoring.figures import FigureStore, TeamReport, own_figures, refresh
from augenhoehe.monitoring.strategies import creaming_curve
from augenhoehe.web.accounts.models import Team, User
from augenhoehe.web.workspace.services.snapshot import own_pseudonym, snapshot_from_workspace


def monitoring_dir() -> Path:
    """Where the snapshot and the refreshed figures live (beside the database)."""
    return Path(settings.DATA_DIR) / "monitoring"


def team_unit(team: Team) -> str:
    """The unit id the monitoring uses for a workspace team."""
    return f"T{team.pk}"


def refresh_all() -> Path:
    """Snapshot the workspace read-only and recompute every team's figures; swap in atomically."""
    base = monitoring_dir()
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="refresh-", dir=base))
    snapshot = snapshot_from_workspace(work / "snapshot")
    refresh(snapshot, work / "figures")
    for name in ("snapshot", "figures"):
        swap_into_place(work / name, base / name)
    shutil.rmtree(work, ignore_errors=True)
    return base / "figures"


def refreshed_at() -> datetime | None:
    """Time of the last refresh, or None when the figures were never computed."""
    stamp = monitoring_dir() / "figures" / "REFRESHED"
    if not stamp.exists():
        return None
    try:
        return datetime.fromisoformat(stamp.read_text(encoding="utf-8").strip())
    except ValueError:
        return None


def team_report(team: Team) -> TeamReport | None:
    """The team's report (already suppressed for groups under five), or None before a refresh."""
    if refreshed_at() is None:
        return None
    try:
        return FigureStore(monitoring_dir() / "figures").team_report(team_unit(team))
    except KeyError:
        return None


def jobcenter_report() -> TeamReport | None:
    """The whole Jobcenter's report, for comparison on team pages."""
    if refreshed_at() is None:
        return None
    try:
        return FigureStore(monitoring_dir() / "figures").team_report("Jobcenter")
    except KeyError:
        return None


def team_creaming_curve(team: Team) -> list[tuple[int, int, float]]:
    """Contact minutes per case by recorded cooperation level for the team (call only if not suppressed)."""
    snapshot = monitoring_dir() / "snapshot"
    return creaming_curve(snapshot, "team_id", team_unit(team)) if snapshot.exists() else []


def own_creaming_curve(user: User) -> list[tuple[int, int, float]]:
    """The same curve over one caseworker's own cases, for that caseworker only."""
    snapshot = monitoring_dir() / "snapshot"
    return creaming_curve(snapshot, "cw", own_pseudonym(user.pk)) if snapshot.exists() else []


def private_report(user: User) -> TeamReport | None:
    """A caseworker's own figures, for that caseworker only."""
    snapshot = monitoring_dir() / "snapshot"
    if not snapshot.exists():
        return None
    try:
        return own_figures(snapshot, own_pseudonym(user.pk))
    except KeyError:
        return None
