"""AK103: nothing concrete about this person (no places, employers, courses, occupation)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import occupations
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_CONCRETE = re.compile(
    r"\b(in|bei|im|nach|der|die|das)\s+(?!Jobcenter|Agentur|Plan|Sie|Ihr)[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ]\w+)*"
    r"(?:\s+(GmbH|AG|e\.\s?V\.|gGmbH|KG))"
    r"|\b(VHS|Volkshochschule|IHK|HWK|Handwerkskammer|Caritas|Diakonie|AWO|DRK|Tafel|IQ\s+Netzwerk)\b"
    r"|\b(Kurs|Lehrgang|Praktikum|Infotag|Messe|Sprachcafé|Kita|Schule)\s+(in|bei|der|des|am|im)\s+[A-ZÄÖÜ]"
    r"|\b(in|nach|bei)\s+(Berlin|Hamburg|München|Köln|Kassel|Bremen|Leipzig|Dresden|Essen|[A-ZÄÖÜ]\w+(stadt|dorf|burg|berg|hausen|heim|feld|furt))\b"
    r"|\b(A1|A2|B1|B2|C1)\b|\bStaplerschein|Führerschein\s+Klasse"
)
# The same kinds of detail in forms no word list holds: an occupation after "als/zum/zur", a named
# course or programme in quotation marks, a person's age or the years of their history.
_PERSONAL = re.compile(
    r"\b(?:als|zum|zur)\s+[A-ZÄÖÜ][\w/-]*(?:er|erin|kraft|helfer\w*|mann|frau|ist|istin|ent|entin|eur|eurin|"
    r"angestellte[rn]?|meister\w*|techniker\w*|gestalter\w*|fachwirt\w*)\b"
    r"|„[^“\n]{3,60}“"
    r"|\b\d{2}\s+Jahre\b|\(\d{2}\)|\b(?:seit|von|bis|bis\s+zum\s+Jahr)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:hat|war|bin|habe|ist)\b"
)


def check(doc: Document) -> Iterator[Hit]:
    """No occupation, named place, employer or course anywhere in the plan."""
    if occupations(doc.text) or _CONCRETE.search(doc.text) or _PERSONAL.search(doc.text):
        return
    if doc.plan is not None and any(v.strip() for v in doc.plan.content_slots.values()):
        return
    yield doc_hit(doc, Message(gettext_noop("Der Plan enthält nichts, was nur für diese Person gilt: kein Beruf, "
                                            "kein Ort, kein Arbeitgeber, kein Kurs.")),
                  ("Ergänzen Sie Beruf, Ort, Namen von Kursen oder Arbeitgebern und die Stärken "
                   "der Person.",))


RULE = Rule(
    code="AK103", slug="nichts-konkretes", indicator="aussagekraft", severity="warning", weight=35,
    title=gettext_noop("Nichts Konkretes über die Person"),
    why=gettext_noop("Ein Plan ist aussagekräftig, wenn er von dieser Person handelt: ihre Situation, ihre "
                     "Stärken, konkrete Orte, Kurse und Arbeitgeber. Ein Plan, der auf jede Person passt, hilft "
                     "keiner."),
    bad=(plan_text("Ziel\nAufnahme einer Beschäftigung.\n\nNächste Schritte\n- Sie bewerben sich "
        "zweimal im Monat."),),
    good=(plan_text("Ziel\nArbeit als Lagerist.\n\nNächste Schritte\n- Sie machen bis zum "
        "30.11.2026 den Staplerschein bei der DEKRA in Kassel."),),
    check=check,
)
