"""The audit log for people: German labels, search by Aktenzeichen or person, CSV for the DPO."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet

from augenhoehe.web.guards.audit_labels import ACTION_LABELS, action_label  # noqa: F401 (re-exported)

CSV_HEADER = ["Zeitpunkt (UTC)", "Aktion", "Aktion (Code)", "Person", "Benutzername", "Aktenzeichen",
              "Fall-ID", "Objekt", "Objekt-ID", "Details"]


def search(queryset: QuerySet, term: str) -> QuerySet:
    """Events about cases whose Aktenzeichen or client name matches, or by/about a matching person."""
    from augenhoehe.web.workspace.models import Case

    term = term.strip()
    if not term:
        return queryset
    case_ids = Case.objects.filter(
        Q(reference__icontains=term) | Q(client__last_name__icontains=term) | Q(client__first_name__icontains=term)
    ).values_list("pk", flat=True)
    return queryset.filter(
        Q(case_id_ref__in=list(case_ids)) | Q(actor__username__icontains=term)
        | Q(actor__last_name__icontains=term) | Q(detail__username__icontains=term)
        | Q(action__icontains=term)
    )


def references(events: Iterable[Any]) -> dict[int, str]:
    """Aktenzeichen of the cases the events refer to (one query)."""
    from augenhoehe.web.workspace.models import Case

    ids = {e.case_id_ref for e in events if e.case_id_ref}
    return dict(Case.objects.filter(pk__in=ids).values_list("pk", "reference"))


def to_csv(events: QuerySet) -> str:
    """The events as CSV (semicolon, UTF-8 with BOM: opens correctly in German spreadsheet programs)."""
    rows = list(events.select_related("actor").order_by("at", "pk"))
    refs = references(rows)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_HEADER)
    for e in rows:
        writer.writerow([e.at.isoformat(), action_label(e.action), e.action,
                         e.actor.get_full_name() if e.actor else "", e.actor.username if e.actor else "",
                         refs.get(e.case_id_ref, ""), e.case_id_ref or "", e.object_type, e.object_id or "",
                         "; ".join(f"{k}={v}" for k, v in sorted(e.detail.items()))])
    return out.getvalue()
