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
    parser.add_argument("--jobs", default="auto", metavar="N",
                        help="Prozesse für viele Dateien (Standard: auto = alle Kerne ab 41 Dateien)")


def run(args: argparse.Namespace) -> int:
    """Check every file; bad files get a message on stderr while the others are checked."""
    from augenhoehe.check.batch import check_files, resolve_jobs
    from augenhoehe.check.config import ConfigError, load_config
    from augenhoehe.check.corpus import apply_duplicates
    from augenhoehe.check.inputs import collect
    from augenhoehe.check.report import to_json, to_text

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"augenhoehe check: {exc}", file=sys.stderr)
        return 2
    if str(args.jobs) != "auto" and not str(args.jobs).isdigit():
        print(f"augenhoehe check: --jobs erwartet eine Zahl oder auto, nicht „{args.jobs}“.",
              file=sys.stderr)
        return 2
    files, problems = collect(args.paths)
    results = []
    regime = None if args.regime == "auto" else args.regime
    for result, problem in check_files(files, regime, config, resolve_jobs(args.jobs, len(files))):
        if problem:
            problems.append(problem)
        elif result is not None:
            results.append(result)
    groups = apply_duplicates(results, config.enabled("AK104")) if len(results) > 1 else []
    for message in problems:
        print(f"augenhoehe check: {message}", file=sys.stderr)
    output = to_json(results, groups) if args.format == "json" else to_text(results, groups)
    if results or args.format == "json":
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    if problems:
        return 2
    return 1 if any(r.has_errors for r in results) else 0
