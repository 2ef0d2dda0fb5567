"""BT103: the goal is phrased as something done to the person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop
from augenhoehe.domain.plan import Author

_IMPOSED = re.compile(
    r"\b(Vermittlung|Heranführung|Aktivierung|Integration|Eingliederung|Stabilisierung)\s+(des|der|von)\s+"
    r"(Kunde|Kundin|Kunden|Leistungsberechtigte|eLb|Herrn|Frau)"
    r"|\b(wird|werden)\s+(in\s+\w+\s+)?(vermittelt|integriert|eingegliedert|herangeführt|aktiviert)\b"
    r"|\bZiel\s+ist\s+die\s+(Vermittlung|Integration|Eingliederung|Aktivierung)\b",
    re.I,
)


def check(doc: Document) -> Iterator[Hit]:
    """Goal text with an object-like phrasing of the person."""
    if doc.plan is not None and doc.plan.goal_author == Author.CLIENT:
        return
    goal = doc.goal_text
    m = _IMPOSED.search(goal) if goal else None
    if m:
        offset = doc.text.find(goal)
        start = (offset if offset >= 0 else 0) + m.start()
        yield Hit(start, start + len(m.group(0)),
                  Message(gettext_noop("Das Ziel beschreibt, was mit der Person geschehen soll, nicht was sie will.")),
                  ("Formulieren Sie das Ziel aus Sicht der Person: „Ich möchte als … arbeiten.“ "
                   "oder „Sie möchten …“.",))


RULE = Rule(
    code="BT103", slug="ziel-vorgegeben", indicator="beteiligung", severity="suggestion", weight=15,
    title=gettext_noop("Ziel von außen vorgegeben"),
    why=gettext_noop("„Vermittlung des Kunden in Arbeit“ macht die Person zum Objekt. Ein Ziel, das die Person "
                     "teilt, ist in ihrer Sicht formuliert."),
    bad=(plan_text("Ziel\nZiel ist die Vermittlung des Kunden in eine Tätigkeit als Lagerhelfer."),),
    good=(plan_text("Ziel\nSie möchten als Lagerhelfer in Kassel arbeiten."),),
    check=check,
)
