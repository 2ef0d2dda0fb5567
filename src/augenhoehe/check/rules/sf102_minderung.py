"""SF102: Drohung mit Minderung oder Sanktion (sanction language is an error under every regime)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import REGIME_ADVICE, SANCTION_REGIMES, Hit, Rule, plan_text, sanction_hits
from augenhoehe.domain.i18n import gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Matches of the 'minderung' group of lexicons/sanction.yaml."""
    message = gettext_noop("„%(words)s“: Der Plan droht mit Kürzung der Leistungen.")
    yield from sanction_hits(doc, "minderung", message, REGIME_ADVICE[doc.regime.value])


RULE = Rule(
    code="SF102", slug="minderung-angedroht", indicator="sanktionsfreiheit", severity="error",
    title=gettext_noop("Drohung mit Minderung oder Sanktion"),
    why=gettext_noop("Drohungen mit Minderung, Sanktion oder Kürzung zerstören die Zusammenarbeit und sind im "
                     "Kooperationsplan fehl am Platz: Der Plan allein ist kein Grund für eine Kürzung."),
    regimes=SANCTION_REGIMES,
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat, sonst wird Ihr "
        "Bürgergeld gemindert."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat. Wenn es nicht "
        "klappt, suchen wir gemeinsam nach dem Grund."),),
    check=check,
)
