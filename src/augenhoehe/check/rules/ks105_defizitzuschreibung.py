"""KS105: deficit labels about the person ("wenig kooperativ", "unmotiviert")."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined, hint_of
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Every deficit label."""
    pattern, hints = combined("deficit")
    for m in pattern.finditer(doc.text):
        yield Hit(m.start(), m.end(),
                  Message.of(gettext_noop("„%(words)s“ ist eine Zuschreibung über die Person."), words=m.group(0)),
                  (hint_of(m, hints),))


RULE = Rule(
    code="KS105", slug="defizitzuschreibung", indicator="kooperative_sprache", severity="warning", weight=20,
    title=gettext_noop("Defizit-Zuschreibung"),
    why=gettext_noop("Etiketten wie „wenig kooperativ“ oder „Vermittlungshemmnisse“ beschreiben die Person "
                     "statt der Lage. Sie verletzen und helfen nicht weiter. Besser: was konkret schwierig ist "
                     "und was dagegen getan wird."),
    bad=(plan_text("Ausgangslage\nDie Kundin ist wenig kooperativ."),),
    good=(plan_text("Ausgangslage\nSie möchten zuerst die Kinderbetreuung klären."),),
    check=check,
)
