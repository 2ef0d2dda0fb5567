"""ZS101: a plan with a goal but no agreed steps."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """No client step at all."""
    if not doc.steps_of("client"):
        yield doc_hit(doc, Message(gettext_noop("Der Plan enthält keine Schritte der Person. Das Ziel bleibt "
                                                "ohne Weg.")),
                      ("Vereinbaren Sie zwei bis vier konkrete nächste Schritte mit Datum.",))


RULE = Rule(
    code="ZS101", slug="keine-schritte", indicator="zwischenschritte", severity="error", weight=60,
    title=gettext_noop("Keine Schritte"),
    why=gettext_noop("Ein Ziel ohne Schritte ist kein Plan. § 15 Abs. 2 SGB II verlangt „die wesentlichen "
                     "Schritte zur Eingliederung“."),
    bad=(plan_text("Berufsziel\nArbeit als Pflegehelferin in Kassel."),),
    good=(plan_text("Berufsziel\nArbeit als Pflegehelferin.\n\nNächste Schritte\n- Sie bewerben "
        "sich bis zum 30.09.2026 bei zwei Pflegediensten."),),
    check=check,
)
