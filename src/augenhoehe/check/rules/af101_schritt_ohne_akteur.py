"""AF101: a step that does not say who does it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.nlp import sentences_of
from augenhoehe.check.reader.steps import LEGAL, REVIEW
from augenhoehe.check.rules.base import Hit, Rule
from augenhoehe.domain.i18n import Message, gettext_noop

_AGENT = re.compile(r"\b(?:durch|seitens|von)\s+(?:Herrn?|Frau|dem|das|den|die|der|ihr\w*|sein\w*|Ihr\w*)\b", re.I)
_NOT_AN_AGREEMENT = re.compile(r"\b(?:wurden?|worden|fragte|sagte|meinte|berichtete)\b|^(?:Werden|Wird|Liegen|Liegt|"
                               r"Sollte|Falls|Wenn)\b")


def _goal_spans(doc: Document) -> list[tuple[int, int]]:
    reading = doc.reading
    if reading is None:
        return []
    return [(g.start, g.end) for g in (reading.goal, reading.interim_goal) if g is not None]


def check(doc: Document) -> Iterator[Hit]:
    """Passive steps without agent in untitled blocks: not a goal, not what happened, no "durch Frau X"."""
    goals = _goal_spans(doc)
    for item in doc.items:
        if item.unit.kind not in ("unknown", "notes", "interim") or item.owner is not None:
            continue
        if len(item.text.split()) < 4 or item.text.rstrip().endswith(":"):
            continue
        if _NOT_AN_AGREEMENT.search(item.text) or _AGENT.search(item.text) or LEGAL.search(item.text) \
                or REVIEW.search(item.text):
            continue  # what happened, a condition, the law or the review: not a step without actor
        if any(a < item.unit.end and item.unit.start < b for a, b in goals):
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
