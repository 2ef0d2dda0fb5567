"""AK104: the plan is a near-duplicate of other plans (corpus check)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import CORPUS_SEP, Hit, Rule
from augenhoehe.domain.i18n import gettext_noop

_TEMPLATE = (
    "Kooperationsplan vom {d}\n\nBerufsziel\nIntegration in den ersten Arbeitsmarkt.\n\n"
    "Nächste Schritte\n- {n} bewirbt sich regelmäßig auf Stellen.\n- {n} nimmt an Maßnahmen "
        "teil.\n\n"
    "Unterstützung durch das Jobcenter\n- Das Jobcenter unterbreitet Vermittlungsvorschläge, "
    "soweit geeignete Stellenangebote vorliegen.\n"
)


def check(doc: Document) -> Iterator[Hit]:
    """Nothing to see in a single plan: the corpus check (check.corpus) adds these findings."""
    return iter(())


RULE = Rule(
    code="AK104", slug="beinahe-duplikat", indicator="aussagekraft", severity="warning",
    title=gettext_noop("Beinahe gleich wie andere Pläne"),
    why=gettext_noop("Werden mehrere Pläne geprüft, sucht der Prüfer Pläne, die bis auf Namen, Daten und "
                     "Zahlen gleich sind (MinHash über Wort-Dreiergruppen, Jaccard-Schwelle 0,8). Solche Pläne "
                     "sind eine Vorlage, kein gemeinsam erarbeiteter Plan."),
    bad=(CORPUS_SEP.join([
        _TEMPLATE.format(d="01.09.2026", n="Herr Yilmaz"),
        _TEMPLATE.format(d="14.10.2026", n="Frau Schneider"),
    ]),),
    good=(CORPUS_SEP.join([
        _TEMPLATE.format(d="01.09.2026", n="Herr Yilmaz"),
        "Kooperationsplan vom 02.09.2026\n\nBerufsziel\nArbeit als Pflegehelferin in Kassel.\n\n"
        "Nächste Schritte\n- Sie besuchen am 12.10.2026 den Infotag der Pflegeschule.\n",
    ]),),
    check=check,
    scope="corpus",
)
