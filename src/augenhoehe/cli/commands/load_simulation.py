"""`augenhoehe load-simulation DIR`: load a simulation's output into the workspace database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "load-simulation"
HELP = "Ausgabe von `augenhoehe simulate` in die Datenbank des Arbeitsplatzes laden (leere Datenbank)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the loader."""
    parser.add_argument("directory", type=Path, help="Ordner, den `augenhoehe simulate --out` geschrieben hat")
    parser.add_argument("--portal-logins", type=int, default=6, help="so viele Personen erhalten einen Portalzugang")


def run(args: argparse.Namespace) -> int:
    """Read the simulation output and load it through the workspace services."""
    from augenhoehe.simulation import read_result

    try:
        result = read_result(args.directory)
    except (OSError, ValueError, KeyError) as exc:
        print(f"augenhoehe load-simulation: {args.directory}: nicht lesbar ({exc}).", file=sys.stderr)
        return 2
    from augenhoehe import bootstrap

    bootstrap.setup()
    from django.core.management import call_command

    from augenhoehe.web.accounts.models import User
    from augenhoehe.web.workspace.demo import DEMO_PASSWORD
    from augenhoehe.web.workspace.simulation_loader import load_simulation

    call_command("migrate", verbosity=0)
    if User.objects.exists():
        print("augenhoehe load-simulation: Die Datenbank enthält schon Daten; bitte eine leere verwenden.",
              file=sys.stderr)
        return 2
    logins = load_simulation(result, portal_logins=args.portal_logins)
    print(f"{len(result.cases)} Fälle geladen. Zugänge (Passwort: {DEMO_PASSWORD}):")
    for role, names in logins.items():
        print(f"  {role:24} {', '.join(names)}")
    return 0
