"""ZS104: one single undifferentiated client step."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Exactly one client step."""
    steps = doc.steps_of("client")
    if len(steps) == 1:
        unit = steps[0].unit
        yield Hit(unit.start, unit.end, Message(gettext_noop("Der Plan hat nur einen einzigen Schritt der Person.")),
                  ("Zerlegen Sie den Weg in zwei bis vier Schritte mit eigener Frist.",))


RULE = Rule(
    code="ZS104", slug="nur-ein-schritt", indicator="zwischenschritte", severity="warning", weight=25,
    title=gettext_noop("Nur ein Schritt"),
    why=gettext_noop("Ein einziger Schritt („Sie suchen Arbeit“) ist meist das Ziel selbst in anderen Worten. "
                     "Operationalisierte Zwischenschritte zerlegen den Weg in prüfbare Etappen."),
    bad=(plan_text("Nächste Schritte\n- Sie suchen bis zum 31.12.2026 Arbeit."),),
    good=(plan_text("Nächste Schritte\n- Sie aktualisieren bis zum 15.09.2026 Ihren "
        "Lebenslauf.\n- Sie bewerben sich ab Oktober zweimal im Monat."),),
    check=check,
)
