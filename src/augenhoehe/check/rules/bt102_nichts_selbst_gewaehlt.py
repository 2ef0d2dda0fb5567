"""BT102: nothing the person chose or found themselves."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop
from augenhoehe.domain.plan import Author

_CHOICE = re.compile(
    r"selbst\s+(gefunden|ausgesucht|gewählt|vorgeschlagen|recherchiert)|auf\s+(eigenen|Ihren)\s+Wunsch"
    r"|Ihre\s+(Idee|Wahl)|haben\s+sich\s+für\s+\w+\s+entschieden|entscheiden\s+sich\s+selbst"
    r"|nach\s+Ihrer\s+Wahl|Sie\s+wählen|Sie\s+suchen\s+sich\s+\w+\s+aus|ich\s+habe\s+\w+\s+gefunden"
    r"|ich\s+suche\s+mir|meine\s+Idee|auf\s+meinen\s+Wunsch|ich\s+habe\s+mich\s+für",
    re.I,
)


def check(doc: Document) -> Iterator[Hit]:
    """No step authored by the client and no wording of own choice."""
    plan = doc.plan
    if plan is not None and any(s.author == Author.CLIENT for s in plan.steps):
        return
    if not _CHOICE.search(doc.text):
        yield doc_hit(doc, Message(gettext_noop("Kein Schritt ist erkennbar von der Person selbst gewählt oder "
                                                "gefunden.")),
                      ("Halten Sie fest, was die Person selbst vorgeschlagen hat, z. B. „Sie haben "
                       "den Kurs bei der VHS selbst gefunden; wir übernehmen die Kosten.“",))


RULE = Rule(
    code="BT102", slug="nichts-selbst-gewaehlt", indicator="beteiligung", severity="suggestion", weight=25,
    title=gettext_noop("Nichts selbst gewählt"),
    why=gettext_noop("Beteiligung zeigt sich daran, dass Schritte von der Person kommen: ein Kurs, den sie "
                     "gefunden hat, ein Arbeitgeber, den sie vorschlägt. Strukturierte Pläne können das mit "
                     "author = client je Schritt festhalten."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    good=(plan_text("Nächste Schritte\n- Sie besuchen ab 01.10.2026 den Kurs, den Sie selbst "
        "gefunden haben."),),
    check=check,
)
