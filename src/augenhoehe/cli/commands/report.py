"""`augenhoehe report …`: snapshot, refresh and export the qualitative key figures per team."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "report"
HELP = "Qualitative Kennzahlen und Hinweise auf Anpassungsstrategien je Team (CSV/JSON)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Source (simulation output, snapshot or workspace), output directory and format."""
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--from-simulation", metavar="DIR", help="Ausgabe von `augenhoehe simulate`")
    src.add_argument("--snapshot", metavar="DIR", help="vorhandener Parquet-Schnappschuss")
    src.add_argument("--workspace", action="store_true", help="Datenbank des Arbeitsbereichs (nur lesend)")
    parser.add_argument("--out", default="report", help="Ausgabeverzeichnis")
    parser.add_argument("--format", choices=("csv", "json"), default="csv", help="Ausgabeformat")
    parser.add_argument("--no-scores", action="store_true",
                        help="Pläne nicht neu prüfen (schneller; Indikatorwerte bleiben leer)")
    parser.add_argument("--validate", action="store_true",
                        help="bei Simulationsdaten: Wiederfinden der geplanten Strategien zeigen")


def run(args: argparse.Namespace) -> int:
    """Build the snapshot, refresh the figures, export them; 2 for unreadable input."""
    from augenhoehe.monitoring.export import export_figures
    from augenhoehe.monitoring.figures import FigureStore, refresh

    out = Path(args.out)
    snap = Path(args.snapshot) if args.snapshot else out / "snapshot"
    result = None
    if args.from_simulation:
        from augenhoehe.monitoring.snapshot import checker_scores, snapshot_from_simulation
        from augenhoehe.simulation import read_result

        try:
            result = read_result(args.from_simulation)
        except (OSError, ValueError, KeyError) as exc:
            print(f"augenhoehe report: {args.from_simulation}: nicht lesbar ({exc}).", file=sys.stderr)
            return 2
        snapshot_from_simulation(result, snap, scorer=None if args.no_scores else checker_scores)
    elif args.workspace:
        from augenhoehe import bootstrap

        bootstrap.setup()
        from augenhoehe.web.workspace.services.snapshot import snapshot_from_workspace

        snapshot_from_workspace(snap)
    elif not (snap / "plan_versions.parquet").is_file():
        print(f"augenhoehe report: {snap}: kein Schnappschuss (plan_versions.parquet fehlt).",
              file=sys.stderr)
        return 2
    figures = refresh(snap, out / "figures")
    for path in export_figures(figures, out, args.format):
        print(f"geschrieben: {path}")
    store = FigureStore(figures)
    print("Einheit     Fachkräfte  Pläne  Creaming  pro forma  EGV-Sprache")
    for unit in store.units():
        rep = store.team_report(unit)
        s = rep.strategies.values if rep.strategies and not rep.suppressed else {}

        def fmt(key: str, s: dict[str, object] = s) -> str:
            v = s.get(key)
            return f"{v:.2f}" if isinstance(v, float) else "–"

        n = "<5 (unterdrückt)" if rep.suppressed else str(rep.caseworkers)
        print(f"{unit:<11} {n:>10}  {s.get('plans', '–')!s:>5}  {fmt('creaming_ratio'):>8}  "
              f"{fmt('share_pro_forma'):>9}  {fmt('share_sanction_language_after_egv'):>11}")
    if args.validate and result is not None:
        from augenhoehe.monitoring.validation import validate

        for r in validate(result, snap):
            pr = "" if r.precision is None else f"  Präzision {r.precision:.2f}  Trefferquote {r.recall:.2f}"
            print(f"Validierung {r.strategy}: Spearman Teams {r.spearman_teams:.2f}, "
                  f"Fachkräfte {r.spearman_caseworkers:.2f}{pr}")
    return 0
