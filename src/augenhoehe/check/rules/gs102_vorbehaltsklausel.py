"""GS102: reservation clauses that take back the Jobcenter's commitment."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Reservation clauses anywhere in the Jobcenter's part (or in any step)."""
    for item in doc.items:
        if item.owner not in ("jobcenter", "both") and item.unit.kind != "jobcenter":
            continue
        m = combined("reservations", "regex_list")[0].search(item.text)
        if m:
            s = item.unit.start + m.start()
            yield Hit(s, s + len(m.group(0)),
                      Message.of(gettext_noop("Der Vorbehalt „%(words)s“ nimmt die Zusage wieder zurück."),
                                 words=m.group(0)),
                      ("Sagen Sie, was das Jobcenter sicher tut, und wenn nötig, welcher Antrag "
                       "bis wann gestellt wird.",))


RULE = Rule(
    code="GS102", slug="vorbehaltsklausel", indicator="gegenseitigkeit", severity="warning", weight=15,
    title=gettext_noop("Vorbehalt statt Zusage"),
    why=gettext_noop("„Im Rahmen der gesetzlichen Möglichkeiten“, „soweit geeignete Stellenangebote vorliegen“ "
                     "oder „kann übernommen werden“ machen aus einer Zusage eine Möglichkeit. Die Person weiß "
                     "nicht, worauf sie sich verlassen kann."),
    bad=(plan_text("Unterstützung durch das Jobcenter\n- Wir übernehmen im Rahmen der "
        "gesetzlichen Möglichkeiten Bewerbungskosten."),),
    good=(plan_text("Unterstützung durch das Jobcenter\n- Wir übernehmen bis zum 31.12.2026 "
        "Bewerbungskosten bis 260 Euro."),),
    check=check,
)
