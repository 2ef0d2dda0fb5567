"""VS104: unexplained abbreviations and jargon, with a plain explanation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import load
from augenhoehe.check.readability import EVERYDAY_SHORT, shortened_words
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    items = sorted(load("jargon").items(), key=lambda kv: -len(kv[0]))
    groups = []
    for i, (term, _) in enumerate(items):
        body = re.escape(term).replace(r"\ ", r"\s*")
        right = r"(?!\w)" if term[-1].isalnum() else ""
        groups.append(f"(?P<j{i}>(?<!\\w){body}{right})")
    return re.compile("|".join(groups)), tuple((str(t), str(e)) for t, e in items)


def check(doc: Document) -> Iterator[Hit]:
    """First use of each term, unless explained in brackets right after it."""
    pattern, terms = _pattern()
    seen: set[str] = set()
    for m in pattern.finditer(doc.text):
        term, explanation = terms[int((m.lastgroup or "j0")[1:])]
        if term in seen:
            continue
        seen.add(term)
        if re.match(r"\s*\(", doc.text[m.end():m.end() + 3]):
            continue
        yield Hit(m.start(), m.end(),
                  Message.of(gettext_noop("„%(words)s“ ist Amtssprache und wird nicht erklärt."), words=m.group(0)),
                  (f"Erklären Sie: {term} = {explanation}",))
    yield from _shortened(doc, [m.span() for m in pattern.finditer(doc.text)])


def _shortened(doc: Document, explained: list[tuple[int, int]]) -> Iterator[Hit]:
    """Shortened words the jargon list does not cover ("Kd.", "Bew.", "mtl."): first use of each."""
    seen: set[str] = set()
    for start, end in shortened_words(doc.text):
        word = doc.text[start:end]
        if word in EVERYDAY_SHORT or word in seen or any(a < end and start < b for a, b in explained):
            continue
        seen.add(word)
        yield Hit(start, end,
                  Message.of(gettext_noop("„%(words)s“ ist abgekürzt; nicht jede Person kann das lesen."),
                             words=word),
                  ("Schreiben Sie das Wort aus.",))


RULE = Rule(
    code="VS104", slug="fachbegriff", indicator="verstaendlichkeit", severity="warning",
    title=gettext_noop("Unerklärte Abkürzung oder Fachbegriff"),
    why=gettext_noop("Abkürzungen wie AVGS, eLb, MAT oder VV und Wörter wie „Eigenbemühungen“ kennt nur die "
                     "Verwaltung. Der Plan soll klar und verständlich sein. Die Erklärungen stehen in "
                     "lexicons/jargon.yaml; abgekürzte Wörter wie „Kd.“, „mtl.“ oder „Bew.“ werden auch ohne "
                     "Eintrag gefunden."),
    bad=(plan_text("Unterstützung durch das Jobcenter\n- Wir geben Ihnen bis zum 30.09.2026 einen "
        "AVGS."),
         plan_text("Nächste Schritte\n- Kd. schickt ab 01.10.2026 mtl. sechs Bew. an Firmen.")),
    good=(plan_text("Unterstützung durch das Jobcenter\n- Wir geben Ihnen bis zum 30.09.2026 "
        "einen Gutschein für ein Bewerbungscoaching."),),
    check=check,
)
