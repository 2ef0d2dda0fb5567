"""VS106: low readability of the whole plan (Amstad, Wiener Sachtextformel)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.readability import readability
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

MIN_AMSTAD = 30.0
MAX_WSTF = 12.0


def check(doc: Document) -> Iterator[Hit]:
    """Amstad below 30 or WSTF 1 above 12 (school grade), from 3 sentences on."""
    body = [s for s in doc.sentences if len(s.words) >= 3]
    score = readability(body)
    if score is None or score.sentences < 3:
        return
    if score.amstad < MIN_AMSTAD or score.wstf1 > MAX_WSTF:
        yield doc_hit(doc, Message.of(gettext_noop("Der Plan ist schwer lesbar (Amstad %(amstad)s, Wiener "
                                                   "Sachtextformel %(wstf)s, LIX %(lix)s)."),
                                      amstad=f"{score.amstad:.0f}", wstf=f"{score.wstf1:.1f}",
                                      lix=f"{score.lix:.0f}"),
                      ("Kürzere Sätze und kürzere, bekannte Wörter verwenden. Ziel: Amstad über "
                       "50, Wiener Sachtextformel unter 10.",))


RULE = Rule(
    code="VS106", slug="schwer-lesbar", indicator="verstaendlichkeit", severity="warning",
    title=gettext_noop("Schwer lesbar (Lesbarkeitsindex)"),
    why=gettext_noop("Amstad (deutsche Flesch-Formel: 180 − Satzlänge − 58,5 × Silben je Wort) unter 30 gilt "
                     "als "
                     "sehr schwer; die Wiener Sachtextformel 1 gibt ungefähr die Schulstufe an, über 12 ist "
                     "akademisch. Silben werden mit pyphen (de_DE) gezählt, Sätze mit SoMaJo; pyphen zählt "
                     "Trennstellen, das unterschätzt Wörter wie „Ko-ope-ra-ti-on“ leicht."),
    bad=(plan_text("Ziel\nDie Eingliederungsvereinbarung verfolgt die Zielsetzung der "
        "nachhaltigen Verbesserung der Beschäftigungsfähigkeit.\nDie Inanspruchnahme von "
        "Eingliederungsleistungen erfolgt nach Antragstellung.\nDie Arbeitsmarktintegration "
        "erfordert kontinuierliche Eigenbemühungen hinsichtlich Bewerbungsaktivitäten."),),
    good=(plan_text("Ziel\nSie wollen als Koch arbeiten.\nSie kochen gern und gut.\nWir suchen "
        "mit Ihnen eine Stelle in der Nähe."),),
    check=check,
)
