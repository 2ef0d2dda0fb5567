"""KO101: steps aim at another occupational field than the goal."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import off_goal
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """A client step names an occupation of another field, or helper work when the goal is a qualified path."""
    goal = doc.goal_text
    if not goal.strip():
        return
    for item in doc.steps_of("client"):
        off = off_goal(goal, item.text)
        if off is None:
            continue
        kind, (s, e) = off
        start = item.unit.start + s
        if kind == "field":
            message = Message.of(gettext_noop("Dieser Schritt zielt auf einen anderen Beruf („%(words)s“) als das "
                                              "Ziel."), words=item.text[s:e])
        else:
            message = Message.of(gettext_noop("Dieser Schritt zielt auf Helfertätigkeiten („%(words)s“), das Ziel "
                                              "auf eine Ausbildung oder Fachtätigkeit."), words=item.text[s:e])
        yield Hit(start, item.unit.start + e, message,
                  ("Passen Sie den Schritt an das Ziel an – oder halten Sie fest, warum er "
                   "trotzdem dazu gehört (z. B. Übergangsjob mit Datum bis …).",))


RULE = Rule(
    code="KO101", slug="beruf-passt-nicht", indicator="kohaerenz", severity="warning", weight=25,
    title=gettext_noop("Schritt passt nicht zum Berufsziel"),
    why=gettext_noop("Schritte sollen zum Ziel führen. Wenn das Ziel „Buchhalterin“ heißt und der Schritt "
                     "„bewirbt sich als Reinigungskraft“, fehlt der rote Faden. Ebenso, wenn das Ziel eine "
                     "Ausbildung oder Anerkennung ist und die Schritte nur zu Helferstellen führen. Die Berufsfelder "
                     "stehen in lexicons/occupations.yaml und lassen sich erweitern."),
    bad=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie bewerben sich "
        "bis zum 30.09.2026 als Reinigungskraft."),
         plan_text("Berufsziel\nEine Ausbildung als Mediengestalterin.\n\nNächste Schritte\n- Sie bewerben "
        "sich bis zum 30.09.2026 auf drei Minijobs im Lager.")),
    good=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie bewerben "
        "sich bis zum 30.09.2026 bei drei Steuerbüros als Buchhalterin."),),
    check=check,
)
