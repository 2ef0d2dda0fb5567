"""VS105: paragraph citations in the plan (other than the sanction paragraphs)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_PARA = re.compile(r"§§?\s*\d+[a-z]?(\s+(Abs\.|Absatz)\s*\d+)?(\s+(S\.|Satz)\s*\d+)?(\s+(Nr\.)\s*\d+)?"
                   r"(\s+(SGB\s+[IVX]+|SGB|BGB|AufenthG))?")
_SANCTION = re.compile(r"§§?\s*(3[12][ab]?|15a|7b)\b")


def check(doc: Document) -> Iterator[Hit]:
    """Each citation not already reported as sanction language (SF103)."""
    for m in _PARA.finditer(doc.text):
        if _SANCTION.match(m.group(0)):
            continue
        yield Hit(m.start(), m.end(),
                  Message.of(gettext_noop("Gesetzesverweis „%(words)s“ ohne Erklärung."), words=m.group(0).strip()),
                  ("Sagen Sie in Alltagssprache, worum es geht, z. B. „Das Jobcenter bezahlt "
                   "Weiterbildungen“ statt „§ 16 SGB II i. V. m. § 81 SGB III“.",))


RULE = Rule(
    code="VS105", slug="gesetzesverweis", indicator="verstaendlichkeit", severity="suggestion",
    title=gettext_noop("Gesetzesverweis"),
    why=gettext_noop("Paragraphen helfen der Person nicht, den Plan zu verstehen. Wer die Rechtsgrundlage "
                     "braucht, findet sie in der Akte."),
    bad=(plan_text("Unterstützung durch das Jobcenter\n- Wir fördern bis zum 30.09.2026 die "
        "Weiterbildung nach § 16 SGB II."),),
    good=(plan_text("Unterstützung durch das Jobcenter\n- Wir bezahlen bis zum 30.09.2026 die "
        "Weiterbildung."),),
    check=check,
)
