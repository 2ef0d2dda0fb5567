"""SF103: Verweis auf Sanktionsparagraphen (sanction language is an error under every regime)."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import REGIME_ADVICE, SANCTION_REGIMES, Hit, Rule, plan_text, sanction_hits
from augenhoehe.domain.i18n import gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Matches of the 'paragraph' group of lexicons/sanction.yaml."""
    yield from sanction_hits(doc, "paragraph", gettext_noop("„%(words)s“: Der Plan verweist auf die Vorschriften "
                             "über Leistungsminderungen oder Pflichten."), REGIME_ADVICE[doc.regime.value])


RULE = Rule(
    code="SF103", slug="sanktionsparagraph", indicator="sanktionsfreiheit", severity="error",
    title=gettext_noop("Verweis auf Sanktionsparagraphen"),
    why=gettext_noop("Verweise auf §§ 31, 31a, 31b, 32 SGB II (Minderungen, Meldeversäumnisse), § 15a "
                     "(Verpflichtung) oder § 7b Abs. 4 (Erreichbarkeit) sind Drohungen in Gesetzesform."),
    regimes=SANCTION_REGIMES,
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat (vgl. § 31 SGB II)."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat (siehe Liste im "
        "Anhang)."),),
    check=check,
)
