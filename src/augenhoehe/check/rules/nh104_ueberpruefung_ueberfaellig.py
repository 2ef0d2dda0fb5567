"""NH104: structured plan whose review date has passed with steps still open."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit
from augenhoehe.domain.dates import format_date
from augenhoehe.domain.i18n import Message, gettext_noop
from augenhoehe.domain.plan import StepStatus


def check(doc: Document) -> Iterator[Hit]:
    """Only for structured input: review date before today and no step has a recorded outcome."""
    plan = doc.plan
    if plan is None or plan.review_date is None or plan.review_date >= doc.today:
        return
    if plan.steps and all(s.status == StepStatus.OPEN for s in plan.steps):
        yield doc_hit(doc, Message.of(gettext_noop("Die Überprüfung war für den %(review)s vereinbart; kein "
                                                   "Schritt hat seitdem ein Ergebnis."),
                                      review=format_date(plan.review_date)),
                      ("Holen Sie die Überprüfung nach und halten Sie für jeden Schritt fest: "
                       "erledigt, teilweise, nicht erledigt oder entfallen.",))


_PLAN = ('{"schema": "augenhoehe.plan/1", "goal": "Arbeit als Lagerist in Kassel", '
         '"plan_date": "2024-01-10", "review_date": "2024-06-10", "steps": [{"text": '
         '"Sie bewerben sich bei drei Lagern", "frequency": "im Monat", "status": "%s"}]}')

RULE = Rule(
    code="NH104", slug="ueberpruefung-ueberfaellig", indicator="nachhaltung", severity="warning", weight=40,
    title=gettext_noop("Überprüfung überfällig (nur strukturierte Pläne)"),
    why=gettext_noop("Nachhaltung heißt: die Überprüfung findet statt und die Schritte werden nachgehalten. "
                     "Nur strukturierte Pläne (JSON) tragen den Status der Schritte; für sie prüft diese Regel, "
                     "ob nach dem vereinbarten Termin Ergebnisse festgehalten wurden."),
    bad=("JSON:" + _PLAN % "open",),
    good=("JSON:" + _PLAN % "done",),
    check=check,
)
