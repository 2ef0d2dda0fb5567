"""What a rule is: metadata for docs and fixtures, and a check function yielding hits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from augenhoehe.check.document import Document
from augenhoehe.domain.i18n import Message

CORPUS_SEP = "\n=====\n"
ALL_REGIMES = "Gilt für alle drei Regime (Eingliederungsvereinbarung, Bürgergeld, Neue Grundsicherung)."


@dataclass(frozen=True)
class Hit:
    """A raw finding of one rule before it gets line, column and excerpt."""

    start: int
    end: int
    message: Message
    """German msgid (marked with gettext_noop) and values; the finding's `message` is its German rendering."""
    suggestions: tuple[str, ...] = ()
    severity: str | None = None


@dataclass(frozen=True)
class Rule:
    """One check with stable code, German slug, explanation and bad/good fixture plans."""

    code: str
    slug: str
    indicator: str
    severity: str
    title: str
    why: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    check: Callable[[Document], Iterable[Hit]]
    weight: int | None = None
    """Points one finding takes off the indicator; None = the severity's default (scoring.WEIGHTS)."""
    scope: str = "plan"
    """'plan' (one plan) or 'corpus' (needs several plans; fixtures are plans joined by CORPUS_SEP)."""
    regimes: str = ALL_REGIMES


def doc_hit(doc: Document, message: Message, suggestions: tuple[str, ...] = ()) -> Hit:
    """A hit about the whole plan, anchored to its first line."""
    first = doc.text.split("\n", 1)[0]
    return Hit(0, len(first), message, suggestions)


def item_hit(item_start: int, item_end: int, message: Message, *suggestions: str) -> Hit:
    """A hit spanning one item."""
    return Hit(item_start, item_end, message, tuple(suggestions))


def plan_text(body: str, review: bool = True) -> str:
    """Wrap fixture lines into a small plan with headings (used by rule fixtures)."""
    tail = "\nÜberprüfung\nWir besprechen den Plan gemeinsam am 15.01.2027.\n" if review else ""
    return "Kooperationsplan vom 01.09.2026\n\n" + body.strip() + "\n" + tail


_SANCTION: dict = {}


_LABEL_GROUPS = {"verwaltungsakt"}


def sanction_hits(doc: Document, group: str, msgid: str, suggestion: str) -> list[Hit]:
    """Matches of one group of lexicons/sanction.yaml that threaten in earnest (scope: check.scope).

    MSGID names the matched words `%(words)s`."""
    import re

    from augenhoehe.check.lexicon import load
    from augenhoehe.check.scope import is_threat, threats

    pattern = _SANCTION.get(group)
    if pattern is None:
        alternatives = sorted((str(p) for p in load("sanction")[group]), key=len, reverse=True)
        pattern = _SANCTION[group] = re.compile("|".join(f"(?:{p})" for p in alternatives), re.I)
    hits = []
    for m in pattern.finditer(doc.text):
        kind = "trigger"
        if group in _LABEL_GROUPS:
            kind = "protective" if "grund" in m.group(0).lower() else "label"
        if is_threat(doc.text, m.start(), m.end(), kind):
            hits.append(Hit(m.start(), m.end(), Message.of(msgid, words=m.group(0)), (suggestion,)))
    if group in _LABEL_GROUPS:
        hits += [Hit(a, b, Message.of(msgid, words=doc.text[a:b]), (suggestion,)) for a, b in threats(doc.text)]
    return hits


SANCTION_REGIMES = (
    "Fehler in allen drei Regimen, aber mit unterschiedlicher Begründung: Unter der "
    "Eingliederungsvereinbarung (bis 30.6.2023) gehörte eine Rechtsfolgenbelehrung zum Vertrag; "
    "ein Plan mit Rechtsfolgen ist heute wie damals kein Plan „auf Augenhöhe“, und alte "
    "Vereinbarungen galten höchstens bis 31.12.2023 (§ 65 Abs. 4 SGB II). Beim Bürgergeld "
    "(1.7.2023–30.6.2026) ist der Kooperationsplan rechtlich unverbindlich; Rechtsfolgen stehen "
        "nur "
    "in getrennten Aufforderungen (§ 15 Abs. 5 und 6 SGB II). In der Neuen Grundsicherung (ab "
    "1.7.2026) werden Pflichten getrennt durch Verwaltungsakt festgelegt (§ 15a SGB II, "
    "Verpflichtung)."
)

REGIME_ADVICE = {
    "egv": "Alte Eingliederungsvereinbarung: Ersetzen Sie sie durch einen Kooperationsplan ohne "
           "Rechtsfolgen (EGV galten höchstens bis 31.12.2023).",
    "buergergeld": "Streichen Sie die Passage. Wenn eine Pflicht nötig ist, gehört sie in eine "
                   "eigene Aufforderung mit Rechtsfolgenbelehrung (§ 15 Abs. 5/6 SGB II).",
    "grundsicherung": "Streichen Sie die Passage. Wenn eine Pflicht nötig ist, wird sie getrennt "
                      "per Verwaltungsakt festgelegt (§ 15a SGB II, Verpflichtung).",
}
