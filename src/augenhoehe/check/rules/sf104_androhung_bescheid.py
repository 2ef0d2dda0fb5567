"""SF104: threat of a Bescheid, an Aufforderung or a Pflichtverletzung (error under every regime)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import REGIME_ADVICE, SANCTION_REGIMES, Hit, Rule, plan_text, sanction_hits
from augenhoehe.domain.i18n import gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Matches of the 'verwaltungsakt' group of lexicons/sanction.yaml."""
    yield from sanction_hits(doc, "verwaltungsakt", gettext_noop("„%(words)s“: Der Plan droht mit einem Bescheid, "
                             "einer Pflichten-Aufforderung oder einer Pflichtverletzung."),
                             REGIME_ADVICE[doc.regime.value])


RULE = Rule(
    code="SF104", slug="androhung-bescheid", indicator="sanktionsfreiheit", severity="error",
    title=gettext_noop("Drohung mit Bescheid, Aufforderung oder Pflichtverletzung"),
    why=gettext_noop("Die Ankündigung, Pflichten per Verwaltungsakt oder Aufforderung mit "
                     "Rechtsfolgenbelehrung festzulegen, oder der Hinweis auf den „wichtigen Grund“ und "
                     "„Pflichtverletzungen“ machen aus der Absprache eine Drohung."),
    regimes=SANCTION_REGIMES,
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat. Andernfalls werden "
        "die Pflichten per Verwaltungsakt festgelegt."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat. Den Plan besprechen "
        "wir gemeinsam."),),
    check=check,
)
