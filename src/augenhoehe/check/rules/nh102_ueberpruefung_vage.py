"""NH102: review only "bei Bedarf" or "regelmäßig" without a date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_VAGUE = re.compile(r"bei\s+Bedarf|nach\s+Bedarf|regelmäßig|bei\s+Gelegenheit|zu\s+gegebener\s+Zeit", re.I)


def check(doc: Document) -> Iterator[Hit]:
    """A review statement with vague timing and no date."""
    if doc.review_date is not None:
        return
    for item in doc.review_items:
        m = _VAGUE.search(item.text)
        if m:
            s = item.unit.start + m.start()
            yield Hit(s, s + len(m.group(0)),
                      Message.of(gettext_noop("Die Überprüfung ist nur „%(words)s“ vorgesehen, ohne Datum."),
                                 words=m.group(0)),
                      ("Nennen Sie ein Datum innerhalb von sechs Monaten.",))
            return


RULE = Rule(
    code="NH102", slug="ueberpruefung-vage", indicator="nachhaltung", severity="warning", weight=60,
    title=gettext_noop("Überprüfung nur „bei Bedarf“"),
    why=gettext_noop("„Bei Bedarf“ heißt in der Praxis oft: nie. Das Gesetz verlangt die gemeinsame "
                     "Überprüfung spätestens nach sechs Monaten."),
    regimes="Wie NH101: § 15 Abs. 3 SGB II a. F. (Eingliederungsvereinbarung) bzw. § 15 Abs. 3 "
            "SGB II (Bürgergeld, Neue Grundsicherung).",
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nÜberprüfung\nDer "
        "Plan wird bei Bedarf überprüft.", review=False),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
