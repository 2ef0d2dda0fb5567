"""BT101: the person's own wishes, goals or words do not appear."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.check.voice import voice_marks
from augenhoehe.domain.i18n import Message, gettext_noop
from augenhoehe.domain.plan import Author


def has_voice(doc: Document) -> bool:
    """True when the plan records something in the person's own voice (check.voice)."""
    plan = doc.plan
    if plan is not None and (plan.client_wishes.strip() or plan.goal_author == Author.CLIENT
                             or any(s.author == Author.CLIENT for s in plan.steps)):
        return True
    if doc.block_text("wishes").strip():
        return True
    return voice_marks(doc.text) > 0


def check(doc: Document) -> Iterator[Hit]:
    """No wish section, no first-person statement, no "Sie möchten"."""
    if not has_voice(doc):
        yield doc_hit(doc, Message(gettext_noop("Im Plan steht nichts, was die Person selbst will oder gesagt hat.")),
                      ("Halten Sie den Wunsch der Person in ihren Worten fest, z. B. „Ich möchte "
                       "wieder im Verkauf arbeiten, am liebsten vormittags.“",))


RULE = Rule(
    code="BT101", slug="keine-eigene-stimme", indicator="beteiligung", severity="warning", weight=50,
    title=gettext_noop("Keine eigene Stimme der Person"),
    why=gettext_noop("Ein gemeinsam erstellter Plan zeigt, was die Person will: ihre Ziele, Wünsche und "
                     "Worte. Fehlen sie, ist der Plan vermutlich allein von der Fachkraft geschrieben."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    good=(plan_text("Das ist mir wichtig\nIch möchte vormittags arbeiten, weil mein Sohn mittags "
        "aus der Schule kommt.\n\nNächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
