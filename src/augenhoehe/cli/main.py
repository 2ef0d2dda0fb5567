"""Entry point of `augenhoehe`: discovers subcommand modules under cli/commands."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from augenhoehe.cli import commands


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every subcommand module found in cli/commands."""
    parser = argparse.ArgumentParser(
        prog="augenhoehe", description="Kooperationsplan (§ 15 SGB II): Werkzeuge."
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status (2 for usage errors)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    from augenhoehe.web.guards.keys import MissingSecretKey

    try:
        return int(args._run(args) or 0)
    except MissingSecretKey as exc:
        print(f"augenhoehe: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
