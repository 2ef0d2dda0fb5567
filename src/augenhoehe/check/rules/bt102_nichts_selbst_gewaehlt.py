"""BT102: nothing the person chose or found themselves."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.check.voice import has_choice, voice_marks
from augenhoehe.domain.i18n import Message, gettext_noop
from augenhoehe.domain.plan import Author


def check(doc: Document) -> Iterator[Hit]:
    """No step authored by the client, no wording of own choice, and no wish of the person in the goal or
    the steps (a step "auf ihren Wunsch" or a goal "Sie möchten …" is the person's choice too)."""
    plan = doc.plan
    if plan is not None and any(s.author == Author.CLIENT for s in plan.steps):
        return
    agreed = " ".join([doc.goal_text, *(s.text for s in doc.steps)])
    if not has_choice(doc.text) and voice_marks(agreed) == 0:
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
