"""`augenhoehe subject-access`: all data about one person as a ZIP (Auskunft nach Art. 15 DSGVO)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "subject-access"
HELP = "Auskunft nach Art. 15 DSGVO: alle Daten einer Person als ZIP (per Aktenzeichen oder Personen-ID)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Who, and where to write."""
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--reference", help="Aktenzeichen eines Falls der Person")
    who.add_argument("--client-id", type=int, help="ID der Person (Verwaltung)")
    parser.add_argument("--out", type=Path, required=True, help="Ziel-ZIP-Datei")


def run(args: argparse.Namespace) -> int:
    """Find the person, write the ZIP, record the export."""
    from augenhoehe import bootstrap

    bootstrap.setup()
    from augenhoehe.ops.privacy import subject_access_zip
    from augenhoehe.web.workspace.models import Case, Client

    if args.reference:
        case = Case.objects.select_related("client").filter(reference=args.reference).first()
        client = case.client if case else None
    else:
        client = Client.objects.filter(pk=args.client_id).first()
    if client is None:
        print("augenhoehe subject-access: keine Person gefunden.", file=sys.stderr)
        return 2
    subject_access_zip(client, args.out)
    print(f"Auskunft geschrieben: {args.out} ({client.cases.count()} Fall/Fälle)")
    return 0
