"""SF101: Rechtsfolgenbelehrung im Plan (sanction language is an error under every regime)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import REGIME_ADVICE, SANCTION_REGIMES, Hit, Rule, plan_text, sanction_hits
from augenhoehe.domain.i18n import gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Matches of the 'rechtsfolgenbelehrung' group of lexicons/sanction.yaml."""
    yield from sanction_hits(doc, "rechtsfolgenbelehrung", gettext_noop("„%(words)s“: Eine Rechtsfolgenbelehrung "
                             "gehört nicht in den Kooperationsplan."), REGIME_ADVICE[doc.regime.value])


RULE = Rule(
    code="SF101", slug="rechtsfolgenbelehrung", indicator="sanktionsfreiheit", severity="error",
    title=gettext_noop("Rechtsfolgenbelehrung im Plan"),
    why=gettext_noop("Der Kooperationsplan ist keine Rechtsgrundlage für Leistungsminderungen und enthält "
                     "keine Rechtsfolgenbelehrung. Eine Belehrung im Plan macht aus der gemeinsamen Absprache "
                     "eine Drohung."),
    regimes=SANCTION_REGIMES,
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im "
        "Monat.\n\nRechtsfolgenbelehrung\nWenn Sie ohne wichtigen Grund die Pflichten nicht "
        "erfüllen, hat das Folgen für Ihre Leistungen."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nWas sonst noch "
        "wichtig ist\nWenn etwas nicht klappt, sprechen Sie uns an. Wir suchen dann gemeinsam "
        "eine Lösung."),),
    check=check,
)
