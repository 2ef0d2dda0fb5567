"""`augenhoehe demo`: create a fresh demo database and print the logins."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NAME = "demo"
HELP = "Demo-Datenbank (SQLite) mit einem Beispiel-Jobcenter anlegen und Zugänge ausgeben."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the demo command."""
    parser.add_argument("--reset", action="store_true", help="bestehende Demo-Datenbank ersetzen")
    parser.add_argument("--source", choices=["simulation", "fixtures"], default="simulation",
                        help="simuliertes Jobcenter (Standard) oder handgeschriebene Testdaten")
    parser.add_argument("--seed", type=int, default=7, help="Startwert der Simulation")


def run(args: argparse.Namespace) -> int:
    """Migrate, load the demo Jobcenter and print logins."""
    from augenhoehe import bootstrap
    from augenhoehe.web.guards import keys

    if not os.environ.get("AUGENHOEHE_SECRET_KEY"):  # a random key of this installation, never a default
        keys.write_secret_file(keys.data_dir_from_env() / keys.SECRET_KEY_FILE)

    bootstrap.setup()
    from django.conf import settings
    from django.core.management import call_command

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and args.reset:
        path = Path(db["NAME"])
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    call_command("migrate", verbosity=0)
    from augenhoehe.web.accounts.models import User

    if User.objects.exists():
        print("Die Datenbank enthält schon Daten; mit --reset neu anlegen.", file=sys.stderr)
        return 2
    from augenhoehe.domain.clock import today
    from augenhoehe.web.workspace.demo import DEMO_PASSWORD, load_demo

    if args.source == "fixtures":
        from augenhoehe.web.workspace.demo_fixtures import demo_teams

        logins = load_demo(demo_teams(today()), "Jobcenter Musterstadt", today())
    else:
        from augenhoehe.simulation import demo_jobcenter
        from augenhoehe.web.workspace.simulation_loader import load_simulation

        logins = load_simulation(demo_jobcenter(seed=args.seed))
    from augenhoehe.web.research.demo import load_research_demo

    logins.update(load_research_demo(DEMO_PASSWORD))
    from augenhoehe.web.workspace.services.figures import refresh_all

    refresh_all()
    print(f"Demo-Zugänge (Passwort für alle: {DEMO_PASSWORD})")
    for role, names in logins.items():
        print(f"  {role:24} {', '.join(names)}")
    return 0
