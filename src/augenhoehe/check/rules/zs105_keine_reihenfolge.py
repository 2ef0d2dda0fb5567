"""ZS105: several client steps, none of them with a date (no sequence)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.reader.timing import has_deadline
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Three or more client steps and not one dated or with a deadline."""
    steps = doc.steps_of("client")
    if len(steps) < 3:
        return
    dated = [s for s in steps if (s.step and s.step.due_date) or has_deadline(s.text)]
    if not dated:
        first = steps[0].unit
        yield Hit(first.start, steps[-1].unit.end,
                  Message(gettext_noop("Die Schritte haben keine Reihenfolge: kein Schritt hat ein Datum.")),
                  ("Ordnen Sie die Schritte zeitlich: Was kommt zuerst, bis wann?",))


RULE = Rule(
    code="ZS105", slug="keine-reihenfolge", indicator="zwischenschritte", severity="suggestion", weight=15,
    title=gettext_noop("Keine Reihenfolge der Schritte"),
    why=gettext_noop("Zwischenschritte bauen aufeinander auf. Ohne ein einziges Datum bleibt offen, was zuerst "
                     "kommt und wann die nächste Etappe beginnt."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich monatlich.\n- Sie gehen wöchentlich ins "
        "Sprachcafé.\n- Sie nutzen monatlich die Jobbörse."),),
    good=(plan_text("Nächste Schritte\n- Sie melden sich bis zum 15.09.2026 beim Kurs an.\n- Sie "
        "gehen wöchentlich ins Sprachcafé.\n- Sie nutzen monatlich die Jobbörse."),),
    check=check,
)
