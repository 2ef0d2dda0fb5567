"""ZS103: no short-term interim goal."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_INTERIM = re.compile(r"zwischenziel|als erstes|zunächst|erster schritt|kurzfristig", re.I)


def check(doc: Document) -> Iterator[Hit]:
    """Neither an interim-goal section nor a sentence naming a first goal."""
    if doc.plan is not None:
        if doc.plan.interim_goal.strip():
            return
    elif doc.block_text("interim").strip() or _INTERIM.search(doc.text):
        return
    yield doc_hit(doc, Message(gettext_noop("Es gibt kein kurzfristiges Zwischenziel.")),
                  ("Halten Sie fest, was in den nächsten drei Monaten erreicht sein soll, "
                   "z. B. „Kita-Platz ist geklärt“ oder „Sprachkurs B1 ist begonnen“.",))


RULE = Rule(
    code="ZS103", slug="kein-zwischenziel", indicator="zwischenschritte", severity="warning", weight=20,
    title=gettext_noop("Kein Zwischenziel"),
    why=gettext_noop("Die BA-Vorlage sieht ein kurzfristiges Zwischenziel vor. Es macht Fortschritt sichtbar, "
                     "lange bevor das Berufsziel erreicht ist."),
    bad=(plan_text("Berufsziel\nArbeit als Lagerist.\n\nNächste Schritte\n- Sie bewerben sich bis "
        "zum 30.09.2026 bei drei Firmen."),),
    good=(plan_text("Berufsziel\nArbeit als Lagerist.\n\nKurzfristiges "
        "Zwischenziel\nStaplerschein bis Dezember.\n\nNächste Schritte\n- Sie melden sich bis zum "
        "30.09.2026 zum Staplerkurs an."),),
    check=check,
)
