"""KS104: speaking about the person ("der Kunde", "der Leistungsberechtigte") instead of with them."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import regex_table
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Every third-person label for the person."""
    for pattern, hint in regex_table("third_person"):
        for m in pattern.finditer(doc.text):
            yield Hit(m.start(), m.end(),
                      Message.of(gettext_noop("„%(words)s“ spricht über die Person statt mit ihr."),
                                 words=m.group(0)),
                      (hint,))


RULE = Rule(
    code="KS104", slug="ueber-statt-mit", indicator="kooperative_sprache", severity="warning", weight=15,
    title=gettext_noop("Über die Person statt mit ihr"),
    why=gettext_noop("Der Plan gehört der Person. „Der Kunde“ oder „die erwerbsfähige Leistungsberechtigte“ "
                     "machen sie zum Gegenstand einer Akte. Die direkte Anrede „Sie“ (oder „ich“) macht sie zur "
                     "Partnerin."),
    bad=(plan_text("Nächste Schritte\n- Der Kunde bewirbt sich zweimal im Monat."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
