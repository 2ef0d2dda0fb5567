"""Data-protection duties: deletion after the retention period and the Art. 15 DSGVO export.

Retention: a case closed more than RETENTION_CASE_DAYS ago is deleted with everything about it
(plan and versions, steps, proposals, Potenzialanalysen, contacts, letters, Schlichtungen); a client
without remaining cases is deleted with their portal login. Audit entries older than
AUDIT_RETENTION_DAYS are deleted (on PostgreSQL the append-only trigger lets only this purge through).
Both run as a dry run unless applied, and every deletion is itself recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import serializers
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from augenhoehe.web.workspace import models as m
from augenhoehe.web.workspace.services import audit


def case_querysets(case: m.Case) -> list[tuple[str, QuerySet]]:
    """Everything stored about one case, by kind."""
    versions = m.PlanVersion.objects.filter(plan__case=case)
    return [
        ("fall", m.Case.objects.filter(pk=case.pk)),
        ("potenzialanalysen", m.PotentialAnalysisRecord.objects.filter(case=case)),
        ("kontakte", m.Contact.objects.filter(case=case)),
        ("plan", m.Plan.objects.filter(case=case)),
        ("planversionen", versions),
        ("schritte", m.PlanStep.objects.filter(version__in=versions)),
        ("vorschlaege", m.Proposal.objects.filter(version__in=versions)),
        ("verworfene_hinweise", m.FindingDismissal.objects.filter(version__in=versions)),
        ("schreiben", m.Summons.objects.filter(case=case)),
        ("schlichtungen", m.Schlichtung.objects.filter(case=case)),
    ]


@dataclass
class RetentionReport:
    """What a retention run deletes (or would delete in a dry run)."""

    cases: list[str] = field(default_factory=list)
    clients: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    applied: bool = False


def due_cases(today: dt.date) -> QuerySet:
    """Cases closed before today minus RETENTION_CASE_DAYS."""
    return m.Case.objects.filter(closed_on__lt=today - dt.timedelta(days=settings.RETENTION_CASE_DAYS))


def _delete_case(case: m.Case) -> None:
    m.Summons.objects.filter(case=case).delete()  # letters and Schlichtungen protect the case: first
    m.Schlichtung.objects.filter(case=case).delete()
    case.delete()


def run_retention(today: dt.date, apply: bool = False, actor: Any = None) -> RetentionReport:
    """Delete (apply) or count (dry run) what is past its retention period."""
    report = RetentionReport(applied=apply)
    cutoff = timezone.now() - dt.timedelta(days=settings.AUDIT_RETENTION_DAYS)
    old_audit = m.AuditEvent.objects.filter(at__lt=cutoff)
    report.audit_entries = old_audit.count()
    due = list(due_cases(today).select_related("client").order_by("closed_on", "pk"))
    due_ids = {c.pk for c in due}
    orphaned = {c.client for c in due if not c.client.cases.exclude(pk__in=due_ids).exists()}
    report.clients = len(orphaned)
    for case in due:
        report.cases.append(case.reference)
        for kind, qs in case_querysets(case):
            report.rows[kind] = report.rows.get(kind, 0) + qs.count()
    if not apply:
        return report
    with transaction.atomic():
        for case in due:
            reference, closed = case.reference, str(case.closed_on)
            _delete_case(case)
            audit.record(actor, "retention.delete", case_ref=reference, closed_on=closed)
        for client in orphaned:
            login = client.user
            client.delete()
            if login is not None:
                login.delete()
        if report.audit_entries:
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL augenhoehe.audit_purge = 'on'")
            old_audit.delete()
            audit.record(actor, "audit.purge", entries=report.audit_entries, before=cutoff.date().isoformat())
    return report


def _serialize(qs: QuerySet, exclude: tuple[str, ...] = ()) -> Any:
    data = json.loads(serializers.serialize("json", qs))
    for item in data:
        for name in exclude:
            item["fields"].pop(name, None)
    return data


README = """Auskunft nach Art. 15 DSGVO – augenhoehe
===========================================

Diese Datei enthält alle in augenhoehe gespeicherten Daten zu einer Person (Stand: {created}):

- person.json: Stammdaten der Person und ihr Zugang zum Portal (ohne Passwort)
- faelle/<Aktenzeichen>/*.json: je Fall der Fall, Potenzialanalysen, Kontakte, der Kooperationsplan
  mit allen Versionen und Schritten, Vorschläge, Schreiben (Aufforderungen, Verpflichtungen) und
  Schlichtungen
- protokoll.json: wer wann auf diese Daten zugegriffen oder sie geändert hat (Zugriffsprotokoll)

Die Dateien sind im JSON-Format (UTF-8) und lassen sich mit jedem Texteditor öffnen.
"""


def subject_access_zip(client: m.Client, out: Path, actor: Any = None) -> Path:
    """Write a ZIP with all data about the person; the export is recorded in the audit log."""
    cases = list(client.cases.order_by("opened_on", "pk"))
    user = client.user
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        created = timezone.localtime().strftime("%d.%m.%Y %H:%M")
        zf.writestr("LIESMICH.txt", README.format(created=created))
        person = {"person": _serialize(m.Client.objects.filter(pk=client.pk))}
        if user is not None:
            person["zugang"] = _serialize(type(user).objects.filter(pk=user.pk),
                                          exclude=("password", "groups", "user_permissions", "is_superuser"))
        zf.writestr("person.json", json.dumps(person, ensure_ascii=False, indent=1))
        for case in cases:
            for kind, qs in case_querysets(case):
                zf.writestr(f"faelle/{case.reference}/{kind}.json",
                            json.dumps(_serialize(qs), ensure_ascii=False, indent=1))
        events = m.AuditEvent.objects.filter(Q(case_id_ref__in=[c.pk for c in cases])
                                             | Q(actor=user) if user else Q(case_id_ref__in=[c.pk for c in cases]))
        zf.writestr("protokoll.json", json.dumps(_serialize(events.order_by("at")), ensure_ascii=False, indent=1))
    audit.record(actor, "subject_access.export", cases[0] if cases else None, client, file=out.name,
                 cases=",".join(c.reference for c in cases))
    return out
