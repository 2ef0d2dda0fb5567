"""Deferral reasons as categories for the team lead: the free text stays with the case.

A reason can name health matters, family or debts (Sozialdaten of a special kind, Art. 9 DSGVO);
the team view promises no case content. So the team lead sees how many deferrals fall into which
broad category, derived from words in the reason, never the reason itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# Checked in this order: the most sensitive category wins when several match.
CATEGORIES: list[tuple[str, tuple[str, ...]]] = [
    ("Gesundheit", ("krank", "gesund", "arzt", "ärzt", "klinik", "reha", "therap", "psych", "sucht",
                    "operation", "schwanger", "attest", "behandl", "diagnos", "depress", "unfall", "kur ")),
    ("Familie und Betreuung", ("kind", "kita", "betreu", "eltern", "angehörig", "familie", "mutter", "vater",
                               "pflege von", "pflege der", "pflege des", "trennung", "geburt")),
    ("Sprache, Kurs oder Maßnahme", ("sprach", "kurs", "deutsch", "maßnahme", "schule", "ausbildung",
                                     "qualifizierung", "studium", "prüfung")),
    ("Wohnen oder Finanzen", ("wohn", "obdach", "schulden", "umzug", "miet", "insolvenz")),
    ("Unterlagen oder Termine", ("unterlagen", "dokument", "termin", "erreich", "übersetz", "dolmetsch",
                                 "nachweis", "anerkennung")),
]
OTHER = "Sonstiger Grund"


def category_of(reason: str) -> str:
    """The broad category of a deferral reason (never the text)."""
    text = f" {reason.lower()} "
    for label, words in CATEGORIES:
        if any(word in text for word in words):
            return label
    return OTHER


def category_counts(reasons: Iterable[str]) -> list[tuple[str, int]]:
    """(category, number of deferrals) in the fixed order of CATEGORIES, empty ones left out."""
    counts = Counter(category_of(r) for r in reasons)
    return [(label, counts[label]) for label in [*(c for c, _ in CATEGORIES), OTHER] if counts[label]]
