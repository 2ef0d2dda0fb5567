"""KO101: steps aim at another occupational field than the goal."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import occupations
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """A client step names an occupation of a field the goal does not mention."""
    goal_fields = set(occupations(doc.goal_text))
    if not goal_fields:
        return
    for item in doc.steps_of("client"):
        for field, (s, e) in occupations(item.text).items():
            if field not in goal_fields:
                start = item.unit.start + s
                yield Hit(start, item.unit.start + e,
                          Message.of(gettext_noop("Dieser Schritt zielt auf einen anderen Beruf („%(words)s“) "
                                                  "als das Ziel."), words=item.text[s:e]),
                          ("Passen Sie den Schritt an das Ziel an – oder halten Sie fest, warum er "
                           "trotzdem dazu gehört (z. B. Übergangsjob mit Datum bis …).",))
                break


RULE = Rule(
    code="KO101", slug="beruf-passt-nicht", indicator="kohaerenz", severity="warning", weight=25,
    title=gettext_noop("Schritt passt nicht zum Berufsziel"),
    why=gettext_noop("Schritte sollen zum Ziel führen. Wenn das Ziel „Buchhalterin“ heißt und der Schritt "
                     "„bewirbt sich als Reinigungskraft“, fehlt der rote Faden. Die Berufsfelder stehen in "
                     "lexicons/occupations.yaml und lassen sich erweitern."),
    bad=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie bewerben sich "
        "bis zum 30.09.2026 als Reinigungskraft."),),
    good=(plan_text("Berufsziel\nArbeit als Buchhalterin.\n\nNächste Schritte\n- Sie bewerben "
        "sich bis zum 30.09.2026 bei drei Steuerbüros als Buchhalterin."),),
    check=check,
)
