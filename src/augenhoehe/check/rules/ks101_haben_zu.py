"""KS101: "haben/sein … zu" + infinitive, rewritten as a cooperative statement."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.check.scope import addressed_to_staff


def check(doc: Document) -> Iterator[Hit]:
    """Every sentence with the construction, with a rewrite as suggestion."""
    for sent in doc.sentences:
        found = grammar.haben_zu(sent)
        if found and not addressed_to_staff(sent.text):
            yield Hit(found.first.start, found.last.end,
                      "„haben … zu“ klingt wie eine Anordnung, nicht wie eine Absprache.",
                      (f"Schreiben Sie: „{found.rewrite}“",))


RULE = Rule(
    code="KS101", slug="haben-zu-anordnung", indicator="kooperative_sprache", severity="warning", weight=15,
    title="„haben … zu“ + Infinitiv",
    why="„Sie haben … vorzulegen“ ist Amtssprache der Anordnung. Ein Kooperationsplan hält "
        "Absprachen fest: „Sie legen … vor.“ Das ist kürzer, freundlicher und genauso klar.",
    bad=(plan_text("Nächste Schritte\n- Sie haben bis zum 15.10.2026 drei Bewerbungen vorzulegen."),),
    good=(plan_text("Nächste Schritte\n- Sie legen bis zum 15.10.2026 drei Bewerbungen vor."),),
    check=check,
)
