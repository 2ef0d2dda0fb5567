"""VS103: passive voice (werden + participle)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Each passive sentence (HanTa: werden VA + VV(PP))."""
    for sent in doc.sentences:
        found = grammar.passive(sent)
        if found:
            aux, part = found
            yield Hit(min(aux.start, part.start), max(aux.end, part.end),
                      Message(gettext_noop("Passiv: es bleibt offen, wer handelt.")),
                      ("Aktiv schreiben: „Wir übernehmen …“ oder „Sie … “.",))


RULE = Rule(
    code="VS103", slug="passiv", indicator="verstaendlichkeit", severity="suggestion",
    title=gettext_noop("Passiv"),
    why=gettext_noop("Passivsätze („Die Kosten werden übernommen“) verschweigen, wer handelt. Aktiv ist "
                     "kürzer und macht die Absprache klar."),
    bad=(plan_text("Unterstützung durch das Jobcenter\n- Die Fahrtkosten werden bis zum "
        "30.09.2026 übernommen."),),
    good=(plan_text("Unterstützung durch das Jobcenter\n- Wir übernehmen bis zum 30.09.2026 die "
        "Fahrtkosten."),),
    check=check,
)
