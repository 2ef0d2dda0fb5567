"""AK101: a generic goal that could stand in any plan."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import occupations
from augenhoehe.check.lexicon import phrase_list
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Goal is missing, or a stock phrase without any occupation."""
    goal = doc.goal_text
    if not goal.strip():
        yield doc_hit(doc, Message(gettext_noop("Der Plan nennt kein Ziel.")),
                      ("Halten Sie das Berufsziel in den Worten der Person fest, z. B. "
                       "„Arbeit als Pflegehelferin in Teilzeit in Kassel“.",))
        return
    low = goal.lower()
    phrase = next((p for p in phrase_list("generic_goals") if p in low), None)
    if phrase and not occupations(goal):
        offset = doc.text.lower().find(phrase)
        start = offset if offset >= 0 else 0
        yield Hit(start, start + len(phrase), Message(gettext_noop("Das Ziel ist allgemein und passt auf jeden Plan.")),
                  ("Nennen Sie Beruf, Umfang und Ort, z. B. „Arbeit als Lagerist in Vollzeit in "
                   "Bremen“.",))


RULE = Rule(
    code="AK101", slug="allgemeines-ziel", indicator="aussagekraft", severity="warning", weight=35,
    title=gettext_noop("Allgemeines oder fehlendes Ziel"),
    why=gettext_noop("„Integration in den Arbeitsmarkt“ ist das Ziel des Gesetzes, nicht das Ziel dieser "
                     "Person. Ein aussagekräftiges Ziel nennt Beruf oder Tätigkeitsbereich, Umfang und Ort "
                     "(§ 15 Abs. 2 Satz 2 Nr. 5 SGB II, Neue Grundsicherung Nr. 1)."),
    bad=(plan_text("Ziel\nIntegration in den ersten Arbeitsmarkt.\n\nNächste Schritte\n- Sie "
        "bewerben sich zweimal im Monat."),),
    good=(plan_text("Ziel\nArbeit als Lageristin in Teilzeit in Bremen.\n\nNächste Schritte\n- "
        "Sie bewerben sich zweimal im Monat."),),
    check=check,
)
