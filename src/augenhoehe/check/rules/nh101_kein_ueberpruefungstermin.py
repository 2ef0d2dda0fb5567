"""NH101: no joint review date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_VAGUE = re.compile(r"bei\s+Bedarf|nach\s+Bedarf|regelmäßig|bei\s+Gelegenheit|zu\s+gegebener\s+Zeit", re.I)


def check(doc: Document) -> Iterator[Hit]:
    """No date for the review (vague review wording is NH102's job)."""
    if doc.review_date is not None:
        return
    if any(_VAGUE.search(i.text) for i in doc.review_items):
        return
    yield doc_hit(doc, Message(gettext_noop("Es gibt keinen gemeinsamen Termin, an dem der Plan überprüft wird.")),
                  ("Vereinbaren Sie ein Datum innerhalb von sechs Monaten, z. B. „Wir besprechen "
                   "den Plan gemeinsam am 15.01.2027.“",))


RULE = Rule(
    code="NH101", slug="kein-ueberpruefungstermin", indicator="nachhaltung", severity="warning", weight=70,
    title=gettext_noop("Kein Überprüfungstermin"),
    why=gettext_noop("Der Plan soll spätestens nach sechs Monaten gemeinsam überprüft und fortgeschrieben "
                     "werden. Ein fester Termin sorgt dafür, dass das auch geschieht."),
    regimes="Rechtsgrundlage je nach Regime: Eingliederungsvereinbarung § 15 Abs. 3 SGB II a. F. "
            "(„regelmäßig, spätestens nach Ablauf von sechs Monaten“); Bürgergeld und Neue "
            "Grundsicherung § 15 Abs. 3 SGB II („spätestens nach Ablauf von jeweils sechs Monaten "
            "gemeinsam aktualisiert und fortgeschrieben“). Die Regel gilt in allen drei Regimen "
                "gleich.",
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.", review=False),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
