"""KS103: pressing words like "unverzüglich", "unaufgefordert"."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined, hint_of
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Each pressing word outside a legal block."""
    pattern, hints = combined("harsh")
    for m in pattern.finditer(doc.text):
        yield Hit(m.start(), m.end(),
                  Message.of(gettext_noop("„%(words)s“ klingt nach Druck statt Zusammenarbeit."), words=m.group(0)),
                  (hint_of(m, hints),))


RULE = Rule(
    code="KS103", slug="druckwort", indicator="kooperative_sprache", severity="suggestion",
    title=gettext_noop("Druckwörter"),
    why=gettext_noop("„Unverzüglich“ und „unaufgefordert“ stammen aus Belehrungen. Sie setzen unter Druck, "
                     "ohne zu sagen, was genau bis wann geschehen soll."),
    bad=(plan_text("Nächste Schritte\n- Sie legen Krankmeldungen unverzüglich vor."),),
    good=(plan_text("Nächste Schritte\n- Sie schicken eine Krankmeldung innerhalb von drei Tagen."),),
    check=check,
)
