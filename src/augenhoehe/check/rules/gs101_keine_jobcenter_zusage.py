"""GS101: the plan contains no commitment of the Jobcenter."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """No Jobcenter step while the client has steps."""
    if doc.steps_of("client") and not doc.steps_of("jobcenter"):
        yield doc_hit(doc, Message(gettext_noop("Der Plan sagt nicht, was das Jobcenter beiträgt.")),
                      ("Ergänzen Sie mindestens eine konkrete Zusage des Jobcenters, z. B. „Wir "
                       "übernehmen die Fahrtkosten zum Kurs (Antrag bis zum 15.10.)“.",))


RULE = Rule(
    code="GS101", slug="keine-jobcenter-zusage", indicator="gegenseitigkeit", severity="warning", weight=60,
    title=gettext_noop("Keine Zusage des Jobcenters"),
    why=gettext_noop("Ein Kooperationsplan hält fest, was beide Seiten tun. Stehen nur Pflichten der Person "
                     "darin, ist er einseitig – das widerspricht der Idee der Zusammenarbeit „auf Augenhöhe“."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nUnterstützung "
        "durch das Jobcenter\n- Wir übernehmen bis zum 30.09.2026 die Bewerbungskosten."),),
    check=check,
)
