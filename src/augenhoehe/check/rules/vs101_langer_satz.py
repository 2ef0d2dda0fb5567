"""VS101: long sentences, with a proposal where to split."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.nlp import Sentence
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

MAX_WORDS = 22
_SPLIT = re.compile(r",\s+(und|sowie|aber|da|weil|damit|sodass|wobei|die|der|das|wenn|sofern|soweit)\b"
                    r"|;\s+|\s+(und|sowie)\s+(?=[a-zäöü]+\s)")


def split_point(sent: Sentence) -> str | None:
    """The connective closest to the middle of the sentence, quoted with its neighbour words."""
    middle = len(sent.text) / 2
    best = min(_SPLIT.finditer(sent.text), key=lambda m: abs(m.start() - middle), default=None)
    if best is None or best.start() < 15 or len(sent.text) - best.end() < 15:
        return None
    before = sent.text[: best.start()].split()[-2:]
    return " ".join(before) + best.group(0).rstrip()


def check(doc: Document) -> Iterator[Hit]:
    """Sentences over MAX_WORDS words."""
    for sent in doc.sentences:
        n = len(sent.words)
        if n > MAX_WORDS:
            point = split_point(sent)
            tip = (f"Teilen Sie den Satz bei „{point}“ in zwei Sätze." if point
                   else "Teilen Sie den Satz in zwei oder drei kurze Sätze.")
            yield Hit(sent.start, sent.end,
                      Message.of(gettext_noop("Langer Satz (%(words)d Wörter). Gut lesbar sind bis zu %(limit)d "
                                              "Wörter."), words=n, limit=MAX_WORDS), (tip,))


RULE = Rule(
    code="VS101", slug="langer-satz", indicator="verstaendlichkeit", severity="warning",
    title=gettext_noop("Langer Satz"),
    why=gettext_noop("Lange Sätze mit Einschüben sind schwer zu verstehen, besonders für Menschen mit wenig "
                     "Deutsch oder Leseschwierigkeiten. Die Regel meldet Sätze über 22 Wörter und schlägt eine "
                     "Trennstelle vor."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich bis zum 30.09.2026 bei mindestens drei "
        "Pflegediensten in Kassel und Umgebung, wobei Sie die Bewerbungen in der Liste eintragen, "
        "die Sie beim nächsten Termin mitbringen."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich bis zum 30.09.2026 bei drei "
        "Pflegediensten in Kassel.\n- Sie tragen die Bewerbungen in die Liste ein."),),
    check=check,
)
