"""GS103: client steps are dated and counted, the Jobcenter's are not."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """At least half of client steps timed, none of the Jobcenter steps."""
    client = doc.steps_of("client")
    jc = [s for s in doc.steps if s.owner == "jobcenter"]
    if not client or not jc:
        return
    client_rate = sum(s.timed for s in client) / len(client)
    jc_rate = sum(s.timed for s in jc) / len(jc)
    if client_rate >= 0.5 and jc_rate == 0:
        yield Hit(jc[0].unit.start, jc[-1].unit.end,
                  Message(gettext_noop("Ihre Schritte haben Termine, die Zusagen des Jobcenters nicht.")),
                  ("Geben Sie auch den Zusagen des Jobcenters ein Datum oder eine Häufigkeit, "
                   "z. B. „Wir melden uns bis zum 15.10. mit drei Stellenangeboten“.",))


RULE = Rule(
    code="GS103", slug="ungleiche-konkretheit", indicator="gegenseitigkeit", severity="warning", weight=20,
    title=gettext_noop("Jobcenter-Seite ungenauer als die Seite der Person"),
    why=gettext_noop("Gegenseitigkeit heißt auch: gleiche Genauigkeit. Wenn die Person „bis zum 15.10. fünf "
                     "Bewerbungen“ zusagt, das Jobcenter aber nur „unterstützt“, ist der Plan ungleich."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nUnterstützung "
        "durch das Jobcenter\n- Wir übernehmen die Bewerbungskosten."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nUnterstützung "
        "durch das Jobcenter\n- Wir übernehmen bis zum 31.12.2026 die Bewerbungskosten."),),
    check=check,
)
