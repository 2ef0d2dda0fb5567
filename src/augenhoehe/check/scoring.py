"""Turns findings into indicator scores 0-100 and the overall score (formula in docs/rules)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from augenhoehe.check.model import INDICATORS, Finding

WEIGHTS: dict[str, int] = {"error": 30, "warning": 12, "suggestion": 5}
"""Points one finding takes off its indicator's 100."""
REPEAT_FACTOR = 0.5
"""The second and third finding of the same rule count half; later ones not at all."""
SANCTION_CAP = 40
"""`gesamt` never exceeds this when the plan contains sanction language (any SF error)."""

FORMULA = f"""\
Jeder Indikator beginnt bei 100 Punkten. Jeder Befund zieht Punkte ab:
Fehler (error) {WEIGHTS['error']}, Warnung (warning) {WEIGHTS['warning']},
Vorschlag (suggestion) {WEIGHTS['suggestion']}. Wiederholt sich derselbe Befund (gleicher Code),
zählen der zweite und dritte nur zur Hälfte, weitere gar nicht – so drückt ein einzelnes
Problem, das oft vorkommt, den Wert nicht auf null. Kein Indikator fällt unter 0.
„gesamt“ ist der gerundete Durchschnitt der zehn Indikatoren. Enthält der Plan
Rechtsfolgen (ein Fehler im Indikator „sanktionsfreiheit“), ist „gesamt“ höchstens {SANCTION_CAP},
wie gut der Rest auch ist."""


def scores(findings: Iterable[Finding]) -> dict[str, int]:
    """Indicator scores plus `gesamt` from a plan's findings."""
    penalty: dict[str, float] = dict.fromkeys(INDICATORS, 0.0)
    seen: Counter[str] = Counter()
    sanction = False
    for f in findings:
        seen[f.code] += 1
        n = seen[f.code]
        factor = 1.0 if n == 1 else (REPEAT_FACTOR if n <= 3 else 0.0)
        penalty[f.indicator] += WEIGHTS[f.severity] * factor
        sanction = sanction or (f.indicator == "sanktionsfreiheit" and f.severity == "error")
    result = {k: max(0, round(100 - penalty[k])) for k in INDICATORS}
    total = round(sum(result.values()) / len(INDICATORS))
    result["gesamt"] = min(total, SANCTION_CAP) if sanction else total
    return result
