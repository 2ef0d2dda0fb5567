"""KS105: deficit labels about the person ("wenig kooperativ", "unmotiviert")."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined, hint_of
from augenhoehe.check.rules.base import Hit, Rule, plan_text


def check(doc: Document) -> Iterator[Hit]:
    """Every deficit label."""
    pattern, hints = combined("deficit")
    for m in pattern.finditer(doc.text):
        yield Hit(m.start(), m.end(), f"„{m.group(0)}“ ist eine Zuschreibung über die Person.",
                  (hint_of(m, hints),))


RULE = Rule(
    code="KS105", slug="defizitzuschreibung", indicator="kooperative_sprache", severity="warning", weight=20,
    title="Defizit-Zuschreibung",
    why="Etiketten wie „wenig kooperativ“ oder „Vermittlungshemmnisse“ beschreiben die Person "
        "statt der Lage. Sie verletzen und helfen nicht weiter. Besser: was konkret schwierig ist "
        "und was dagegen getan wird.",
    bad=(plan_text("Ausgangslage\nDie Kundin ist wenig kooperativ."),),
    good=(plan_text("Ausgangslage\nSie möchten zuerst die Kinderbetreuung klären."),),
    check=check,
)
