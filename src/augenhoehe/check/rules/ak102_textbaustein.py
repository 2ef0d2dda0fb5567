"""AK102: stock sentences from templates."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import phrase_list
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Each item containing a known template phrase (once per item)."""
    phrases = phrase_list("templates")
    for item in doc.items:
        low = item.text.lower()
        phrase = next((p for p in phrases if p in low), None)
        if phrase:
            s = item.unit.start + low.index(phrase)
            yield Hit(s, s + len(phrase),
                      Message(gettext_noop("Textbaustein: dieser Satz steht so in sehr vielen Plänen.")),
                      ("Schreiben Sie, was für diese Person konkret gilt (Name des Kurses, "
                       "Arbeitgeber, Ort, Datum).",))


RULE = Rule(
    code="AK102", slug="textbaustein", indicator="aussagekraft", severity="suggestion", weight=8,
    title=gettext_noop("Textbaustein"),
    why=gettext_noop("Standardsätze („Das Jobcenter unterbreitet Ihnen Vermittlungsvorschläge, soweit "
                     "geeignete Stellenangebote vorliegen“) sagen nichts über die Person. Die Liste steht in "
                     "lexicons/templates.yaml."),
    bad=(plan_text("Unterstützung durch das Jobcenter\n- Das Jobcenter unterbreitet Ihnen "
        "Vermittlungsvorschläge, soweit geeignete Stellenangebote vorliegen."),),
    good=(plan_text("Unterstützung durch das Jobcenter\n- Wir schicken Ihnen bis zum 30.09.2026 "
        "drei Stellenangebote aus der Altenpflege in Kassel."),),
    check=check,
)
