"""`augenhoehe check PATH…`: check plans (text or JSON) and report findings and scores."""

from __future__ import annotations

import argparse
import sys

NAME = "check"
HELP = "Kooperationspläne prüfen (Text oder JSON): Befunde und zehn Qualitätswerte."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Paths, output format, regime and configuration file."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Dateien oder Verzeichnisse")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--regime", choices=("auto", "egv", "buergergeld", "grundsicherung"),
                        default="auto")
    parser.add_argument("--config", metavar="FILE", default=None,
                        help="TOML-Datei mit [check] select/ignore (Standard: augenhoehe-check.toml)")


def run(args: argparse.Namespace) -> int:
    """Check every file; bad files get a message on stderr while the others are checked."""
    from augenhoehe.check import check_plan, check_text
    from augenhoehe.check.config import ConfigError, load_config
    from augenhoehe.check.corpus import apply_duplicates
    from augenhoehe.check.inputs import InputError, collect, load
    from augenhoehe.check.report import to_json, to_text

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"augenhoehe check: {exc}", file=sys.stderr)
        return 2
    files, problems = collect(args.paths)
    results = []
    for path in files:
        try:
            loaded = load(path)
        except InputError as exc:
            problems.append(str(exc))
            continue
        if loaded.plan is not None:
            results.append(check_plan(loaded.plan, loaded.source, args.regime, config))
        else:
            results.append(check_text(loaded.text or "", loaded.source, args.regime, config))
    groups = apply_duplicates(results, config.enabled("AK104")) if len(results) > 1 else []
    for message in problems:
        print(f"augenhoehe check: {message}", file=sys.stderr)
    output = to_json(results, groups) if args.format == "json" else to_text(results, groups)
    if results or args.format == "json":
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    if problems:
        return 2
    return 1 if any(r.has_errors for r in results) else 0
