"""Outcome tallies of a run: plan quality, contact time by perceived cooperation, flows."""

from __future__ import annotations

from typing import Any

import numpy as np

from augenhoehe.domain.regimes import Regime
from augenhoehe.simulation.model import INDICATORS, Case, Event, PlanVersion

QUINTILES = 5


class Tally:
    """Accumulates monthly figures while the simulation runs."""

    def __init__(self, months: int, n_caseworkers: int) -> None:
        self.minutes_sum = np.zeros(QUINTILES)
        self.minutes_n = np.zeros(QUINTILES)
        self.monthly: list[dict[str, Any]] = [
            {"month": t, "active": 0, "contact_breaks": 0, "integrations": 0, "enforced": 0}
            for t in range(months)
        ]
        self.rounds = 0
        self.concluded = 0
        self.deferred = 0
        self.no_show = 0
        self.by_kind: dict[str, int] = {}

    def contact_time(self, t: int, minutes: np.ndarray, active: np.ndarray,
                     perceived: np.ndarray) -> None:
        """Add one month of contact minutes, binned by quintile of perceived cooperation."""
        idx = np.flatnonzero(active)
        if idx.size == 0:
            return
        ranks = np.argsort(np.argsort(perceived[idx], kind="stable"), kind="stable")
        q = (ranks * QUINTILES) // idx.size
        self.minutes_sum += np.bincount(q, weights=minutes[idx], minlength=QUINTILES)
        self.minutes_n += np.bincount(q, minlength=QUINTILES)

    def plan_round(self, pv: PlanVersion | None, events: list[Event]) -> None:
        """Count one plan round and its events."""
        self.rounds += 1
        for e in events:
            self.by_kind[e.kind] = self.by_kind.get(e.kind, 0) + 1
        if pv is None:
            self.no_show += 1
        elif pv.concluded_on is None:
            self.deferred += 1
        else:
            self.concluded += 1

    def enforced(self, t: int, count: int) -> None:
        """Count summons / Verpflichtungen after missed steps."""
        self.monthly[t]["enforced"] += count

    def flows(self, t: int, regime: Regime, active: int, breaks: int, integrations: int) -> None:
        """Record the month's stock and flows."""
        self.monthly[t].update(regime=regime.value, active=active, contact_breaks=breaks,
                               integrations=integrations)

    def outcomes(self, cases: list[Case], integrated: np.ndarray,
                 broken: np.ndarray) -> dict[str, Any]:
        """Return the summary figures as plain JSON values."""
        plans = [pv for c in cases for pv in c.plans]
        quality = {k: round(float(np.mean([pv.intended_quality[k] for pv in plans])), 1)
                   if plans else None for k in INDICATORS}
        mean_minutes = np.divide(self.minutes_sum, self.minutes_n,
                                 out=np.zeros(QUINTILES), where=self.minutes_n > 0)
        stock = float(np.mean([m["active"] for m in self.monthly])) or 1.0
        integrations = sum(m["integrations"] for m in self.monthly)
        months = len(self.monthly)
        return {
            "plans": len(plans),
            "plan_rounds": self.rounds,
            "plans_concluded": self.concluded,
            "plans_deferred": self.deferred,
            "no_shows": self.no_show,
            "conclusion_rate": round(self.concluded / self.rounds, 4) if self.rounds else None,
            "quality_mean": quality,
            "share_pro_forma": _share(plans, "pro_forma"),
            "share_precise_documentation": _share(plans, "precise_documentation"),
            "share_sanction_language": round(
                sum(pv.intended_quality["sanktionsfreiheit"] < 50 for pv in plans)
                / len(plans), 4) if plans else None,
            "contact_minutes_by_perceived_quintile": [round(float(x), 2) for x in mean_minutes],
            "contact_breaks": sum(m["contact_breaks"] for m in self.monthly),
            "integrations": integrations,
            "integration_rate_per_year": round(integrations / stock * 12 / months, 4),
            "summons": self.by_kind.get("summons", 0) + sum(
                m["enforced"] for m in self.monthly if m.get("regime") != "grundsicherung"),
            "verpflichtungen": self.by_kind.get("verpflichtung", 0) + sum(
                m["enforced"] for m in self.monthly if m.get("regime") == "grundsicherung"),
            "schlichtungen": self.by_kind.get("schlichtung", 0),
            "open_at_end": int((~integrated).sum() - broken.sum()),
            "monthly": self.monthly,
        }


def _share(plans: list[PlanVersion], strategy: str) -> float | None:
    if not plans:
        return None
    return round(sum(strategy in pv.strategies_applied for pv in plans) / len(plans), 4)
