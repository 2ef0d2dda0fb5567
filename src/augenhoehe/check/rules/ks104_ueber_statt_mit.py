"""KS104: speaking about the person ("der Kunde", "der Leistungsberechtigte") instead of with them."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import regex_table
from augenhoehe.check.rules.base import Hit, Rule, plan_text


def check(doc: Document) -> Iterator[Hit]:
    """Every third-person label for the person."""
    for pattern, hint in regex_table("third_person"):
        for m in pattern.finditer(doc.text):
            yield Hit(m.start(), m.end(), f"„{m.group(0)}“ spricht über die Person statt mit ihr.",
                      (hint,))


RULE = Rule(
    code="KS104", slug="ueber-statt-mit", indicator="kooperative_sprache", severity="warning", weight=15,
    title="Über die Person statt mit ihr",
    why="Der Plan gehört der Person. „Der Kunde“ oder „die erwerbsfähige Leistungsberechtigte“ "
        "machen sie zum Gegenstand einer Akte. Die direkte Anrede „Sie“ (oder „ich“) macht sie zur "
        "Partnerin.",
    bad=(plan_text("Nächste Schritte\n- Der Kunde bewirbt sich zweimal im Monat."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
