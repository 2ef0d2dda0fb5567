"""`augenhoehe read PATH…`: read plans of any layout into parties, goal, steps and review date."""

from __future__ import annotations

import argparse
import json
import sys

NAME = "read"
HELP = "Pläne lesen: Beteiligte, Ziel, Schritte (wer, bis wann, wie oft) und Überprüfungstermin."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Paths and output format."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Textdateien oder Verzeichnisse")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _as_text(reading: dict[str, object]) -> str:
    lines = [f"{reading['source']}: Plan vom {reading['plan_date'] or '–'}, Person: {reading['client'] or '–'}, "
             f"Fachkräfte: {', '.join(reading['staff']) or '–'}"]  # type: ignore[arg-type]
    goal = reading.get("goal")
    if isinstance(goal, dict):
        lines.append(f"  Ziel: {goal['text']}")
    owners = {"client": "Person", "jobcenter": "Jobcenter", "both": "gemeinsam", "other_agency": "andere Stelle"}
    for step in reading["steps"]:  # type: ignore[attr-defined]
        when = ", ".join(x for x in (step["due"] and f"bis {step['due']}", step["frequency"]) if x) or "ohne Termin"
        lines.append(f"  - [{owners[step['owner']]}; {when}] {step['text']}")
    lines.append(f"  Überprüfung: {reading['review_date'] or 'kein konkreter Termin'}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Read every file; bad files get a message on stderr while the others are read."""
    from augenhoehe.check.inputs import InputError, collect, decode
    from augenhoehe.check.reader import SCHEMA, read_text

    files, problems = collect(args.paths)
    results = []
    for path in files:
        try:
            text = decode(str(path), path.read_bytes())
        except (InputError, OSError) as exc:
            problems.append(str(exc))
            continue
        results.append(read_text(text.replace("\r\n", "\n"), str(path)).to_dict())
    for message in problems:
        print(f"augenhoehe read: {message}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps({"schema": SCHEMA, "results": results}, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(_as_text(r) for r in results))
    return 2 if problems else 0
