"""KO104: no step of the person can be tied to the goal."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import addresses, find_obstacle, obstacles, occupations
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{5,}")
_GENERIC = {
    "arbei", "integ", "allge", "besch", "tätig", "teilz", "vollz", "stund", "möcht", "wolle",
    "aufna", "sozia", "einst", "eingl", "verri", "beend", "hilfe", "erste", "verbe", "heran",
    "verso", "eines", "einer", "diese", "haben", "liebs", "gerne", "würde", "vermi", "ziels",
}

_STEPPING_STONES = {"sprache", "anerkennung", "kinderbetreuung"}
"""Steps on these count as tied to any goal: they are integration steps in their own right."""


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text)} - _GENERIC


def check(doc: Document) -> Iterator[Hit]:
    """Client steps share no word stem, occupational field or obstacle step with the goal."""
    steps = doc.steps_of("client")
    if not steps:
        return
    goal = doc.goal_text
    aims = goal + "\n" + (doc.plan.interim_goal if doc.plan else doc.block_text("interim"))
    goal_stems = _stems(aims)
    goal_fields = set(occupations(aims))
    relevant = [o for o in obstacles() if o.key in _STEPPING_STONES or find_obstacle(o, doc.text)]
    for item in steps:
        if goal_stems & _stems(item.text) or goal_fields & set(occupations(item.text)):
            return
        if any(addresses(o, item.text) for o in relevant):
            return
    message = Message(gettext_noop("Kein Schritt lässt sich mit dem Ziel verbinden: der rote Faden fehlt.")
                      if goal.strip() else gettext_noop("Der Plan hat kein Ziel, an dem sich die Schritte "
                                                        "ausrichten."))
    yield doc_hit(doc, message, ("Formulieren Sie ein konkretes Ziel und leiten Sie die Schritte "
                                 "daraus ab: Was braucht es für genau diesen Beruf?",))


RULE = Rule(
    code="KO104", slug="roter-faden-fehlt", indicator="kohaerenz", severity="warning", weight=35,
    title=gettext_noop("Schritte ohne Bezug zum Ziel"),
    why=gettext_noop("Ein Plan ist schlüssig, wenn die Schritte erkennbar zum Ziel führen: gleicher Beruf oder "
                     "Bereich, ein Kurs dafür, oder ein Schritt, der ein Hindernis beseitigt. Wenn kein einziger "
                     "Schritt einen Bezug zum Ziel hat – oft weil das Ziel allgemein ist („Integration in den "
                     "Arbeitsmarkt“) –, fehlt der rote Faden."),
    bad=(plan_text("Ziel\nIntegration in den allgemeinen Arbeitsmarkt.\n\nNächste Schritte\n"
                   "- Sie bewerben sich monatlich auf fünf Stellen.\n- Sie stellen die Erreichbarkeit sicher."),),
    good=(plan_text("Ziel\nArbeit als Lageristin in Bremen.\n\nNächste Schritte\n"
                    "- Sie machen bis zum 30.11.2026 den Staplerschein für die Arbeit im Lager."),),
    check=check,
)
