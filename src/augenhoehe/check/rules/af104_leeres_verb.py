"""AF104: empty verbs ("sich bemühen", "unterstützen" without object)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import phrase_list, phrase_table
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_SUPPORT = re.compile(r"\bunterstütz(t|en|e)\b", re.I)


def check(doc: Document) -> Iterator[Hit]:
    """Empty verbs in steps; "unterstützen" only when nothing concrete follows."""
    empties = phrase_list("support_empty")
    for item in doc.steps:
        for pattern, hint in phrase_table("empty_verbs"):
            m = pattern.search(item.text)
            if m:
                s = item.unit.start + m.start()
                yield Hit(s, s + len(m.group(0)),
                          Message.of(gettext_noop("„%(words)s“ beschreibt keine Handlung."), words=m.group(0)),
                          (hint,))
                break
        m = _SUPPORT.search(item.text)
        if m:
            rest = " ".join(item.text[m.end():].split()).lower()
            if rest in empties or not rest:
                s = item.unit.start + m.start()
                yield Hit(s, item.unit.end, Message(gettext_noop("„unterstützen“ ohne Angabe, womit und wie.")),
                          ("Sagen Sie, was das Jobcenter tut, z. B. „Wir übernehmen die Kosten "
                           "für Bewerbungsfotos bis 60 Euro“.",))


RULE = Rule(
    code="AF104", slug="leeres-verb", indicator="ausformulierung", severity="warning",
    title=gettext_noop("Leeres Verb"),
    why=gettext_noop("„Sich bemühen“, „versuchen“ oder „unterstützen“ ohne Gegenstand sagen nicht, was "
                     "konkret geschieht. Niemand kann später sagen, ob es getan wurde."),
    bad=(plan_text("Unterstützung durch das Jobcenter\n- Das Jobcenter unterstützt Sie bei Ihren "
        "Bemühungen."),
         plan_text("Nächste Schritte\n- Sie bemühen sich bis zum 01.12.2026 um eine Stelle.")),
    good=(plan_text("Unterstützung durch das Jobcenter\n- Wir übernehmen bis zum 30.11.2026 die "
        "Kosten für Bewerbungsfotos."),),
    check=check,
)
