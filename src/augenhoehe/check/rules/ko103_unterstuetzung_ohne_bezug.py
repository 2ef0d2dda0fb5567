"""KO103: the Jobcenter's support has nothing to do with the steps or the goal."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import support_topics
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """A support item whose topics all lack related words in the rest of the plan."""
    jc_items = doc.steps_of("jobcenter")
    spans = [(i.unit.start, i.unit.end) for i in jc_items]
    context = "".join(
        doc.text[a:b]
        for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(doc.text)], strict=True)
    ).lower()
    for item in jc_items:
        low = item.text.lower()
        matched = [(t, related) for support, related in support_topics().values()
                   for t in support if t in low]
        if matched and not any(any(r in context for r in related) for _, related in matched):
            term = matched[0][0]
            s = item.unit.start + low.index(term)
            yield Hit(s, s + len(term),
                      Message.of(gettext_noop("Die Unterstützung „%(words)s“ passt zu keinem Schritt und "
                                              "nicht zum Ziel."), words=doc.text[s:s + len(term)]),
                      ("Verbinden Sie die Unterstützung mit einem Schritt der Person – oder "
                       "streichen Sie sie.",))


RULE = Rule(
    code="KO103", slug="unterstuetzung-ohne-bezug", indicator="kohaerenz", severity="suggestion",
    title=gettext_noop("Unterstützung ohne Bezug zu den Schritten"),
    why=gettext_noop("Die Unterstützung durch das Jobcenter soll die vereinbarten Schritte möglich machen. "
                     "Ein Angebot ohne Bezug (z. B. Führerschein, obwohl kein Schritt und kein Ziel damit zu "
                     "tun hat) ist oft ein Textbaustein."),
    bad=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie aktualisieren "
        "bis zum 15.09.2026 Ihren Lebenslauf.\n\nUnterstützung durch das Jobcenter\n- Wir fördern "
        "bis zum 30.09.2026 den Führerschein."),),
    good=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie bewerben "
        "sich ab Oktober zweimal im Monat.\n\nUnterstützung durch das Jobcenter\n- Wir übernehmen "
        "bis zum 30.09.2026 die Bewerbungskosten."),),
    check=check,
)
