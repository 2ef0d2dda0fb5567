"""Evaluation of augenhoehe.monitoring: do the indicators find what the simulation planted?

Runs a simulated Jobcenter with known strategy strengths (ground truth), takes the monitoring
snapshot (without checker scores, which the strategy indicators do not need) and prints the
Spearman rank correlation between planted strength and indicator for teams and caseworkers,
and plan-level precision/recall where the strategy is applied per plan. An ablation run with
the strategies switched off shows what the indicators read when nothing was planted.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from augenhoehe.monitoring.figures import FigureStore, refresh
from augenhoehe.monitoring.snapshot import snapshot_from_simulation
from augenhoehe.monitoring.validation import validate
from augenhoehe.simulation import Scenario, simulate

BASE = dict(clients=4000, caseworkers=80, teams=16, months=12, seed=11)


def _fmt(x: float | None) -> str:
    return "   –" if x is None else f"{x:5.2f}"


def main() -> int:
    """Run base and ablated scenarios; print recovery figures and Jobcenter-wide indicators."""
    with tempfile.TemporaryDirectory() as tmp:
        for label, extra in (("Basisszenario", {}),
                             ("Ablation (alle Strategien aus)",
                              dict(creaming=False, pro_forma=False, precise_documentation=False,
                                   egv_habits=False))):
            t0 = time.perf_counter()
            result = simulate(Scenario(**{**BASE, **extra}))  # type: ignore[arg-type]
            snap = Path(tmp) / label[:4] / "snap"
            snapshot_from_simulation(result, snap, scorer=None)
            fig = refresh(snap, snap.parent / "fig")
            secs = time.perf_counter() - t0
            plans = sum(len(c.plans) for c in result.cases)
            print(f"\n{label}: {BASE['caseworkers']} Fachkräfte in {BASE['teams']} Teams, "
                  f"{plans} Planversionen, {len(result.events)} Ereignisse ({secs:.1f} s)")
            if not extra:
                print(f"{'Strategie':<22} {'Indikator':<34} {'ρ Teams':>7} {'ρ Fachkr.':>9} "
                      f"{'Präz.':>5} {'Treffer':>7}")
                for r in validate(result, snap):
                    print(f"{r.strategy:<22} {r.indicator:<34} {r.spearman_teams:7.2f} "
                          f"{r.spearman_caseworkers:9.2f} {_fmt(r.precision)} {_fmt(r.recall):>7}")
            s = FigureStore(fig).team_report("Jobcenter").strategies
            v = s.values if s else {}
            print("Jobcenter gesamt: Creaming-Verhältnis Q5/Q1 "
                  f"{v.get('creaming_ratio') or 0:.2f}, Gini Kontaktzeit {v.get('contact_gini') or 0:.2f}, "
                  f"pro forma {v.get('share_pro_forma') or 0:.3f}, "
                  f"Aufforderung nach genauer Dokumentation {v.get('summons_rate_precise') or 0:.2f} "
                  f"vs. sonst {v.get('summons_rate_other') or 0:.2f}, "
                  f"Sanktionssprache nach EGV {v.get('share_sanction_language_after_egv') or 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
