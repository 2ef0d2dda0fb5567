"""AF102: a step without date, deadline or frequency."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Every client or Jobcenter step should say by when or how often."""
    for item in doc.steps:
        if item.owner == "other_agency" or item.timed or len(item.text.split()) < 3:
            continue
        who = "Jobcenter" if item.owner == "jobcenter" else "Sie"
        yield Hit(item.unit.start, item.unit.end,
                  Message(gettext_noop("Dieser Schritt hat weder Termin noch Häufigkeit.")),
                  (f"Ergänzen Sie ein Datum oder wie oft, z. B. „bis zum 15.10.“ oder "
                   f"„zweimal im Monat“ ({who}).",))


RULE = Rule(
    code="AF102", slug="schritt-ohne-termin", indicator="ausformulierung", severity="warning", weight=15,
    title=gettext_noop("Schritt ohne Termin oder Häufigkeit"),
    why=gettext_noop("Ein Schritt ohne „bis wann“ oder „wie oft“ lässt sich bei der Überprüfung nicht "
                     "abhaken. Beide Seiten wissen dann nicht, ob er erledigt ist."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich bei Pflegediensten in Kassel."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat bei Pflegediensten in "
        "Kassel."),),
    check=check,
)
