"""Turns findings into indicator scores 0-100 and the overall score (formula in docs/rules)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from augenhoehe.check.model import INDICATORS, Finding

WEIGHTS: dict[str, int] = {"error": 30, "warning": 12, "suggestion": 5}
"""Points one finding takes off its indicator's 100."""
REPEAT_FACTOR = 0.5
"""Repeated findings of the same rule count half each ..."""
MAX_REPEATS = 5
"""... and only the first five findings of one rule count at all."""
SANCTION_CAP = 40
"""`gesamt` never exceeds this when the plan contains sanction language (any SF error)."""

FORMULA = f"""\
Die Werte entstehen in zwei Stufen. Erste Stufe, die Regelpunkte: Jeder Indikator beginnt bei
100 Punkten. Jeder Befund zieht Punkte ab:
Fehler (error) {WEIGHTS['error']}, Warnung (warning) {WEIGHTS['warning']},
Vorschlag (suggestion) {WEIGHTS['suggestion']}. Einige Regeln wiegen schwerer oder leichter; ihr
Gewicht steht dann auf ihrer Seite („Gewicht“). Wiederholt sich derselbe Befund (gleicher Code),
zählen der zweite bis fünfte nur zur Hälfte, weitere gar nicht – so drückt ein einzelnes
Problem, das oft vorkommt, den Wert nicht allein auf null. Kein Indikator fällt unter 0.
Zweite Stufe, die angezeigten Werte: Der Plan-Leser liest Schritte, wer sie tut, Termine,
Ziel und Überprüfung; daraus und aus den Regelpunkten entstehen messbare Merkmale. Je Indikator
ergibt ein kleines lineares Modell den Wert (0–100 = Rubrik 0–2 mal 50), „gesamt“ (0–100 = Rubrik
0–10 mal 10) entsteht aus den Indikatoren. Die Gewichte sind an bewerteten Plänen angepasst und
stehen unten; jedes hat die Richtung, die ein sorgfältiger Leser erwartet. Enthält der Plan
Rechtsfolgen, ist „gesamt“ höchstens 30. „Keine Rechtsfolgen im Plan“ bleibt der Regelwert.
Ohne Gewichtsdatei gilt die erste Stufe allein (dann „gesamt“ = Durchschnitt, mit Rechtsfolgen
höchstens {SANCTION_CAP})."""


def weight_of(finding: Finding) -> int:
    """Penalty points of one finding: the rule's own weight or the severity default."""
    from augenhoehe.check.rules import get_rule

    rule = get_rule(finding.code)
    if rule is not None and rule.weight is not None and finding.severity == rule.severity:
        return rule.weight
    return WEIGHTS[finding.severity]


def scores(findings: Iterable[Finding]) -> dict[str, int]:
    """Indicator scores plus `gesamt` from a plan's findings."""
    penalty: dict[str, float] = dict.fromkeys(INDICATORS, 0.0)
    seen: Counter[str] = Counter()
    sanction = False
    for f in findings:
        seen[f.code] += 1
        n = seen[f.code]
        factor = 1.0 if n == 1 else (REPEAT_FACTOR if n <= MAX_REPEATS else 0.0)
        penalty[f.indicator] += weight_of(f) * factor
        sanction = sanction or (f.indicator == "sanktionsfreiheit" and f.severity == "error")
    result = {k: max(0, round(100 - penalty[k])) for k in INDICATORS}
    total = round(sum(result.values()) / len(INDICATORS))
    result["gesamt"] = min(total, SANCTION_CAP) if sanction else total
    return result
