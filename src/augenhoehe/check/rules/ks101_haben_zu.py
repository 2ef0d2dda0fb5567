"""KS101: "haben/sein … zu" + infinitive, rewritten as a cooperative statement."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text, sanction_hits
from augenhoehe.check.scope import addressed_to_staff
from augenhoehe.domain.i18n import Message, gettext_noop

_THREAT_GROUPS = ("minderung", "rechtsfolgenbelehrung", "paragraph", "verwaltungsakt")


def _threat_words(doc: Document, start: int, end: int) -> list[str]:
    """The threatening words the sanction rules find inside text[start:end]."""
    return [doc.text[h.start:h.end] for group in _THREAT_GROUPS for h in sanction_hits(doc, group, "", "")
            if start <= h.start < end]


def without_threats(rewrite: str, words: list[str]) -> str:
    """The rewrite without the clauses that carry a threat (the sanction rules say: delete them)."""
    if not words:
        return rewrite
    clauses = re.split(r"(?<=[,;])\s+", rewrite.rstrip("."))
    kept = [clauses[0]] + [c for c in clauses[1:] if not any(w in c for w in words)]
    return " ".join(kept).rstrip(",; ") + "."


def check(doc: Document) -> Iterator[Hit]:
    """Every sentence with the construction, with a rewrite (without threats) as suggestion."""
    for sent in doc.sentences:
        found = grammar.haben_zu(sent)
        if found and not addressed_to_staff(sent.text):
            rewrite = without_threats(found.rewrite, _threat_words(doc, sent.start, sent.end))
            yield Hit(found.first.start, found.last.end,
                      Message(gettext_noop("„haben … zu“ klingt wie eine Anordnung, nicht wie eine Absprache.")),
                      (f"Schreiben Sie: „{rewrite}“",))


RULE = Rule(
    code="KS101", slug="haben-zu-anordnung", indicator="kooperative_sprache", severity="warning", weight=15,
    title=gettext_noop("„haben … zu“ + Infinitiv"),
    why=gettext_noop("„Sie haben … vorzulegen“ ist Amtssprache der Anordnung. Ein Kooperationsplan hält "
                     "Absprachen fest: „Sie legen … vor.“ Das ist kürzer, freundlicher und genauso klar."),
    bad=(plan_text("Nächste Schritte\n- Sie haben bis zum 15.10.2026 drei Bewerbungen vorzulegen."),),
    good=(plan_text("Nächste Schritte\n- Sie legen bis zum 15.10.2026 drei Bewerbungen vor."),),
    check=check,
)
