"""AF101: a step that does not say who does it."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.nlp import sentences_of
from augenhoehe.check.rules.base import Hit, Rule
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Steps in untitled blocks or passive steps without agent."""
    for item in doc.items:
        if item.unit.kind not in ("unknown", "notes", "interim") or item.owner is not None:
            continue
        if len(item.text.split()) < 4 or item.text.rstrip().endswith(":"):
            continue
        sents = sentences_of(doc.text, item.unit.start, item.unit.end)
        if sents and grammar.passive(sents[0]) and not grammar.actor(sents[0]):
            yield Hit(item.unit.start, item.unit.end,
                      Message(gettext_noop("Hier steht nicht, wer den Schritt übernimmt.")),
                      ("Nennen Sie die handelnde Person: „Sie …“ oder „Wir (das Jobcenter) …“.",))


RULE = Rule(
    code="AF101", slug="schritt-ohne-akteur", indicator="ausformulierung", severity="warning",
    title=gettext_noop("Schritt ohne Handelnde"),
    why=gettext_noop("Eine Absprache ist nur prüfbar, wenn klar ist, wer sie umsetzt. Passivsätze ohne "
                     "handelnde Person („Es werden Bewerbungen geschrieben“) lassen offen, ob die Person "
                     "oder das Jobcenter gemeint ist."),
    bad=("Es werden bis zum 30.10.2026 drei Bewerbungen geschrieben.",),
    good=("Sie schreiben bis zum 30.10.2026 drei Bewerbungen.",),
    check=check,
)
