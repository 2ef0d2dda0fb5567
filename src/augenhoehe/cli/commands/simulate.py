"""`augenhoehe simulate …`: run the agent-based simulation, write data or a comparison report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

NAME = "simulate"
HELP = "Synthetisches Jobcenter simulieren (Pläne, Ereignisse, Ground Truth) oder Szenarien vergleichen."

_OVERRIDES = (
    ("seed", int, "Zufallsstartwert (gleicher Wert = gleiche Ausgabe)"),
    ("clients", int, "Zahl der Kundinnen und Kunden"),
    ("caseworkers", int, "Zahl der Integrationsfachkräfte"),
    ("teams", int, "Zahl der Teams"),
    ("months", int, "Simulierte Monate"),
    ("start", str, "Erster Tag der Simulation (JJJJ-MM-TT)"),
    ("caseload", int, "Betreuungsschlüssel je Fachkraft (0 = Kunden je Fachkraft)"),
    ("quota_pressure", float, "Druck durch Abschlussquote, 0 bis 1"),
    ("training", float, "Schulung und Reflexion, 0 bis 1"),
    ("transparency", float, "Transparenz über Zumutbarkeit, 0 bis 1"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options: scenario file, overrides, output directory, comparison."""
    parser.add_argument("--config", help="Szenario-Datei (.toml, .yaml, .yml)")
    parser.add_argument("--out", default="simulation", help="Ausgabeverzeichnis")
    parser.add_argument("--compare", nargs="+", metavar="SZENARIO",
                        help="Szenarien vergleichen und report.html schreiben")
    parser.add_argument("--no-texts", action="store_true", help="Keine Plantexte erzeugen")
    parser.add_argument("--qualitative-kpis", action="store_true", default=None,
                        help="Qualitative Kennzahlen einschalten")
    parser.add_argument("--quiet", action="store_true", help="Keinen Fortschrittsbalken zeigen")
    for key, kind, text in _OVERRIDES:
        parser.add_argument("--" + key.replace("_", "-"), dest=key, type=kind, help=text)


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {k: getattr(args, k) for k, _t, _h in _OVERRIDES
                              if getattr(args, k) is not None}
    if args.no_texts:
        values["texts"] = False
    if args.qualitative_kpis:
        values["qualitative_kpis"] = True
    return values


def run(args: argparse.Namespace) -> int:
    """Run; exit 2 with a message naming the key for an invalid scenario."""
    from augenhoehe.simulation.scenario import Scenario, ScenarioError, load_scenario, scenario_from_dict

    try:
        if args.compare:
            scenarios = [scenario_from_dict(_overrides(args), load_scenario(p))
                         for p in args.compare]
        else:
            base = load_scenario(args.config) if args.config else Scenario()
            scenarios = [scenario_from_dict(_overrides(args), base)]
    except ScenarioError as exc:
        print(f"augenhoehe simulate: {exc}", file=sys.stderr)
        return 2
    from augenhoehe.simulation.engine import simulate

    show = not args.quiet and sys.stderr.isatty()
    results = [simulate(sc, progress=show) for sc in scenarios]
    out = Path(args.out)
    if args.compare:
        from augenhoehe.simulation.report import write_report

        path = write_report(results, out)
        print(f"Bericht geschrieben: {path}")
        return 0
    from augenhoehe.simulation.export import write_result

    counts = write_result(results[0], out)
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    print(f"Simulation geschrieben nach {out}: {summary}")
    return 0
