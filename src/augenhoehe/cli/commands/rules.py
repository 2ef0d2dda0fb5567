"""`augenhoehe rules list|explain CODE|docs`: the checker's rule registry."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "rules"
HELP = "Regeln des Plan-Prüfers auflisten, erklären oder als Dokumentation schreiben."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands list, explain and docs."""
    sub = parser.add_subparsers(dest="rules_command", metavar="AKTION", required=True)
    sub.add_parser("list", help="alle Regeln mit Code, Indikator und Schweregrad")
    explain = sub.add_parser("explain", help="eine Regel erklären")
    explain.add_argument("code")
    docs = sub.add_parser("docs", help="docs/rules/ aus dem Regelverzeichnis erzeugen")
    docs.add_argument("--out", default="docs/rules")


def run(args: argparse.Namespace) -> int:
    """Print the list, one explanation, or write the docs."""
    from augenhoehe.check.docgen import rule_page, write_docs
    from augenhoehe.check.rules import all_rules, get_rule

    if args.rules_command == "list":
        for r in all_rules():
            print(f"{r.code}  {r.slug:<28} {r.indicator:<20} {r.severity:<10} {r.title}")
        return 0
    if args.rules_command == "explain":
        rule = get_rule(args.code)
        if rule is None:
            print(f"augenhoehe rules: unbekannter Regelcode „{args.code}“.", file=sys.stderr)
            return 2
        print(rule_page(rule))
        return 0
    written = write_docs(Path(args.out))
    print(f"{len(written)} Dateien nach {args.out} geschrieben.")
    return 0
