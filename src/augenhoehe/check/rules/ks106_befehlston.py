"""KS106: imperative commands ("Legen Sie … vor!")."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Sentence-initial verb + "Sie" (HanTa VV), not a question."""
    for sent in doc.sentences:
        tok = grammar.imperative(sent)
        if tok:
            yield Hit(sent.start, sent.end, Message(gettext_noop("Befehlston: der Satz ist eine Anweisung.")),
                      ("Schreiben Sie die Absprache als Aussage: „Sie … “ statt „… Sie …!“.",))


RULE = Rule(
    code="KS106", slug="befehlston", indicator="kooperative_sprache", severity="suggestion",
    title=gettext_noop("Befehlston (Imperativ)"),
    why=gettext_noop("„Legen Sie die Nachweise vor!“ ist eine Anweisung. Im Plan stehen Absprachen: „Sie legen "
                     "die Nachweise beim nächsten Termin vor.“"),
    bad=(plan_text("Nächste Schritte\n- Legen Sie bis zum 15.10.2026 drei Nachweise vor!"),),
    good=(plan_text("Nächste Schritte\n- Sie legen bis zum 15.10.2026 drei Nachweise vor."),),
    check=check,
)
