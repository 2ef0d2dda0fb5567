"""ZS102: the only steps are applications."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_APPLY = re.compile(r"bewerb|vermittlungsvorschl|eigenbemühung|stellenangebot", re.I)


def check(doc: Document) -> Iterator[Hit]:
    """Every client step is about applying for jobs (at least two such steps or one alone)."""
    steps = doc.steps_of("client")
    if steps and all(_APPLY.search(s.text) for s in steps):
        first = steps[0].unit
        yield Hit(first.start, first.end,
                  Message(gettext_noop("Alle Schritte sind Bewerbungen. Es fehlt ein Zwischenschritt, der zum "
                                       "Ziel hinführt.")),
                  ("Ergänzen Sie einen vorbereitenden Schritt, z. B. „Sie besuchen am 12.10. den "
                   "Infotag der Pflegeschule“ oder „Sie klären die Kinderbetreuung“.",))


RULE = Rule(
    code="ZS102", slug="nur-bewerbungen", indicator="zwischenschritte", severity="warning", weight=25,
    title=gettext_noop("Nur Bewerbungen als Schritte"),
    why=gettext_noop("Wer nur „Bewerbungen schreiben“ vereinbart, überspringt die Zwischenschritte "
                     "(Qualifizierung, Praktikum, Klärung von Hindernissen), die zum Ziel führen."),
    bad=(plan_text("Nächste Schritte\n- Sie schreiben fünf Bewerbungen im Monat."),),
    good=(plan_text("Nächste Schritte\n- Sie schreiben fünf Bewerbungen im Monat.\n- Sie besuchen "
        "am 12.10.2026 den Infotag der Pflegeschule."),),
    check=check,
)
