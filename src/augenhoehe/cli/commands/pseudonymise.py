"""`augenhoehe pseudonymise PATH… --out DIR`: replace names, addresses and numbers by placeholders."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "pseudonymise"
HELP = ("Pläne pseudonymisieren: Namen, Adressen, Geburtsdaten, Telefon, E-Mail, Aktenzeichen und "
        "Arbeitgeber durch einheitliche Platzhalter ersetzen.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Paths, output directory, format, mapping file, date shift."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Dateien oder Verzeichnisse (.txt, .md, .json)")
    parser.add_argument("--out", required=True, metavar="DIR", help="Ausgabeverzeichnis")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: nur der Text; json: Text mit Ersetzungen und Positionen")
    parser.add_argument("--mapping", metavar="FILE", default=None,
                        help="Zuordnung Platzhalter → Original hierhin schreiben (getrennt aufbewahren!); "
                             "ohne diese Option wird keine Zuordnung gespeichert")
    parser.add_argument("--shift-dates", type=int, metavar="TAGE", default=None,
                        help="alle Datumsangaben des Plans um so viele Tage verschieben")


def run(args: argparse.Namespace) -> int:
    """Pseudonymise every file with one consistent set of placeholders; 2 if a file was unreadable."""
    from augenhoehe.check.inputs import collect
    from augenhoehe.privacy.files import write_outputs
    from augenhoehe.privacy.pseudonymiser import Pseudonymiser

    out = Path(args.out).resolve()
    files, problems = collect(args.paths)
    if args.mapping:
        mapping = Path(args.mapping).resolve()
        if mapping.parent == out or out in mapping.parents:
            print("augenhoehe pseudonymise: die Zuordnungsdatei darf nicht im Ausgabeverzeichnis liegen.",
                  file=sys.stderr)
            return 2
    if any(out == f.resolve().parent for f in files):
        print("augenhoehe pseudonymise: das Ausgabeverzeichnis darf nicht das Eingabeverzeichnis sein.",
              file=sys.stderr)
        return 2
    ps = Pseudonymiser(shift_days=args.shift_dates)
    written, bad = write_outputs(files, out, args.format, ps)
    problems += bad
    if args.mapping:
        Path(args.mapping).write_text(
            json.dumps({"schema": "augenhoehe.pseudonym-mapping/1", "shift_days": args.shift_dates,
                        "mapping": ps.mapping_dict()}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
    for message in problems:
        print(f"augenhoehe pseudonymise: {message}", file=sys.stderr)
    print(f"{len(written)} Datei(en) pseudonymisiert nach {out}"
          + (f"; Zuordnung in {args.mapping}" if args.mapping else "; keine Zuordnung gespeichert"))
    return 2 if problems else 0
