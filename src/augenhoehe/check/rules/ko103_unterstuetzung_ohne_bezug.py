"""KO103: the Jobcenter's support has nothing to do with the steps or the goal."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import support_topics
from augenhoehe.check.rules.base import Hit, Rule, plan_text


def check(doc: Document) -> Iterator[Hit]:
    """A support topic whose related words appear nowhere in goal, situation or client steps."""
    context = " ".join(
        [doc.goal_text, doc.block_text("interim", "situation", "wishes", "notes")]
        + [i.text for i in doc.steps_of("client")]
    ).lower()
    for item in doc.steps_of("jobcenter"):
        low = item.text.lower()
        for support, related in support_topics().values():
            term = next((t for t in support if t in low), None)
            if term and not any(r in context for r in related):
                s = item.unit.start + low.index(term)
                yield Hit(s, s + len(term),
                          f"Die Unterstützung „{item.text[low.index(term):low.index(term) + len(term)]}“ "
                          f"passt zu keinem Schritt und nicht zum Ziel.",
                          ("Verbinden Sie die Unterstützung mit einem Schritt der Person – oder "
                           "streichen Sie sie.",))
                break


RULE = Rule(
    code="KO103", slug="unterstuetzung-ohne-bezug", indicator="kohaerenz", severity="suggestion",
    title="Unterstützung ohne Bezug zu den Schritten",
    why="Die Unterstützung durch das Jobcenter soll die vereinbarten Schritte möglich machen. "
        "Ein Angebot ohne Bezug (z. B. Führerschein, obwohl kein Schritt und kein Ziel damit zu "
        "tun hat) ist oft ein Textbaustein.",
    bad=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie aktualisieren "
        "bis zum 15.09.2026 Ihren Lebenslauf.\n\nUnterstützung durch das Jobcenter\n- Wir fördern "
        "bis zum 30.09.2026 den Führerschein."),),
    good=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie bewerben "
        "sich ab Oktober zweimal im Monat.\n\nUnterstützung durch das Jobcenter\n- Wir übernehmen "
        "bis zum 30.09.2026 die Bewerbungskosten."),),
    check=check,
)
