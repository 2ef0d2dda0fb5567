"""NH103: the review date lies more than six months after the plan date."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, doc_hit, plan_text
from augenhoehe.domain.dates import format_date, latest_review_date
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Compare review date and plan date (both needed)."""
    if doc.review_date is None or doc.plan_date is None:
        return
    latest = latest_review_date(doc.plan_date)
    if doc.review_date > latest:
        hit = doc_hit(doc, Message.of(gettext_noop("Die Überprüfung am %(review)s liegt mehr als sechs Monate "
                                                   "nach dem Plan (spätestens %(latest)s)."),
                                      review=format_date(doc.review_date), latest=format_date(latest)),
                      (f"Legen Sie die Überprüfung spätestens auf den {format_date(latest)}.",))
        for item in doc.review_items:
            yield Hit(item.unit.start, item.unit.end, hit.message, hit.suggestions)
            return
        yield hit


RULE = Rule(
    code="NH103", slug="ueberpruefung-zu-spaet", indicator="nachhaltung", severity="error", weight=50,
    title=gettext_noop("Überprüfung später als sechs Monate"),
    why=gettext_noop("§ 15 Abs. 3 SGB II: Der Plan soll spätestens nach sechs Monaten gemeinsam aktualisiert "
                     "und fortgeschrieben werden. Ein späterer Termin verfehlt diese Frist."),
    regimes="Sechs Monate in allen drei Regimen (§ 15 Abs. 3 SGB II a. F. seit 1.8.2016; § 15 "
        "Abs. 3 "
            "SGB II Bürgergeld und Neue Grundsicherung).",
    bad=("Kooperationsplan vom 01.09.2026\n\nNächste Schritte\n- Sie bewerben sich zweimal im "
        "Monat.\n\nÜberprüfung\nWir besprechen den Plan gemeinsam am 15.06.2027.\n",),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
