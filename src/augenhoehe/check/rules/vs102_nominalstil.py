"""VS102: nominal style (chains of -ung, -keit, -heit, -tion nouns)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Three or more nominalisations in one sentence."""
    for sent in doc.sentences:
        nouns = grammar.nominalisations(sent)
        if len(nouns) >= 3:
            listed = ", ".join(t.text for t in nouns[:4])
            yield Hit(sent.start, sent.end,
                      Message.of(gettext_noop("Nominalstil: %(count)d Hauptwörter auf -ung/-keit/-tion "
                                              "(%(words)s)."), count=len(nouns), words=listed),
                      (f"Machen Sie aus einem Hauptwort ein Verb, z. B. „{nouns[0].text}“ → "
                       "„Sie … “ mit Tätigkeitswort.",))


RULE = Rule(
    code="VS102", slug="nominalstil", indicator="verstaendlichkeit", severity="suggestion",
    title=gettext_noop("Nominalstil"),
    why=gettext_noop("Ketten aus Hauptwörtern („zur Verbesserung der Beschäftigungsfähigkeit durch Teilnahme an "
                     "einer Maßnahme“) verstecken, wer was tut. Verben machen Sätze kürzer und klarer."),
    bad=(plan_text("Ziel\nVerbesserung der Beschäftigungsfähigkeit durch Teilnahme an einer "
        "Qualifizierung zur Integration."),),
    good=(plan_text("Ziel\nSie lernen im Kurs den Umgang mit dem Gabelstapler."),),
    check=check,
)
