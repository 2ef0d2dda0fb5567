"""KO105: a step of the person goes against an obstacle the plan itself names."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.coherence import worked_against
from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """For each named obstacle, the first step that demands what the obstacle rules out."""
    for conflict in worked_against(doc):
        yield Hit(conflict.start, conflict.end,
                  Message.of(gettext_noop("Dieser Schritt verlangt „%(words)s“, obwohl der Plan das Hindernis "
                                          "„%(obstacle)s“ nennt."),
                             words=doc.text[conflict.start:conflict.end], obstacle=conflict.obstacle.label),
                  (conflict.obstacle.suggestion,))


RULE = Rule(
    code="KO105", slug="schritt-gegen-hindernis", indicator="kohaerenz", severity="warning", weight=30,
    title=gettext_noop("Schritt arbeitet gegen ein Hindernis"),
    why=gettext_noop("Wenn der Plan festhält, dass die Kita nur bis mittags betreut, und der nächste Schritt "
                     "Bewerbungen „auch im Schichtdienst und am Wochenende“ verlangt, arbeitet der Plan gegen "
                     "sein eigenes Wissen. Ebenso schwere Arbeit trotz Rückenleiden oder Barservice während der "
                     "Suchtnachsorge. Welche Anforderungen einem Hindernis widersprechen, steht in "
                     "lexicons/obstacles.yaml (worked_against_by)."),
    bad=(plan_text("Ausgangslage\nSie sind alleinerziehend; die Kita betreut Ihren Sohn nur bis 12:30 Uhr.\n\n"
                   "Nächste Schritte\n- Sie bewerben sich bis zum 30.09.2026 auf sechs Stellen, auch im "
                   "Schichtdienst und am Wochenende."),),
    good=(plan_text("Ausgangslage\nSie sind alleinerziehend; die Kita betreut Ihren Sohn nur bis 12:30 Uhr.\n\n"
                    "Nächste Schritte\n- Sie bewerben sich bis zum 30.09.2026 auf sechs Stellen am Vormittag, "
                    "ohne Schichtdienst."),),
    check=check,
)
