"""`augenhoehe retention`: delete what is past its retention period (Löschfristen); dry run by default."""

from __future__ import annotations

import argparse

NAME = "retention"
HELP = "Löschfristen: abgelaufene Fälle und Protokolleinträge anzeigen (Probelauf) oder mit --apply löschen."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--apply to delete."""
    parser.add_argument("--apply", action="store_true", help="wirklich löschen (ohne: nur anzeigen)")


def run(args: argparse.Namespace) -> int:
    """Show or delete; every deletion is recorded in the audit log."""
    from augenhoehe import bootstrap

    bootstrap.setup()
    from django.conf import settings

    from augenhoehe.domain.clock import today
    from augenhoehe.ops.privacy import run_retention

    report = run_retention(today(), apply=args.apply)
    verb = "gelöscht" if report.applied else "würden gelöscht (Probelauf, nichts geändert)"
    print(f"Fälle, seit mehr als {settings.RETENTION_CASE_DAYS} Tagen beendet: {len(report.cases)} {verb}")
    for reference in report.cases:
        print(f"  {reference}")
    for kind, n in sorted(report.rows.items()):
        print(f"  {kind:20} {n:6d}")
    print(f"Personen ohne weiteren Fall: {report.clients} {verb}")
    print(f"Protokolleinträge älter als {settings.AUDIT_RETENTION_DAYS} Tage: {report.audit_entries} {verb}")
    if not report.applied and (report.cases or report.audit_entries):
        print("Zum Löschen: augenhoehe retention --apply")
    return 0
