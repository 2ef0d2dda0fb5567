"""AF103: vague quantifiers and time words ("regelmäßig", "zeitnah", "bei Bedarf")."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined, hint_of
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Report each vague word inside a step or goal."""
    for item in doc.items:
        if item.unit.kind in ("legal", "review", "header"):
            continue
        pattern, hints = combined("vague")
        for m in pattern.finditer(item.text):
            s = item.unit.start + m.start()
            yield Hit(s, s + len(m.group(0)),
                      Message.of(gettext_noop("„%(words)s“ ist zu ungenau, um es später zu überprüfen."),
                                 words=m.group(0)), (hint_of(m, hints),))


RULE = Rule(
    code="AF103", slug="vager-umfang", indicator="ausformulierung", severity="warning",
    title=gettext_noop("Vage Mengen- oder Zeitangabe"),
    why=gettext_noop("Wörter wie „regelmäßig“, „zeitnah“ oder „in ausreichendem Umfang“ klingen verbindlich, "
                     "sagen aber nicht, was genug ist. Bei der Überprüfung entsteht Streit statt Klarheit."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich regelmäßig."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich jeden Monat bei drei Firmen."),),
    check=check,
)
