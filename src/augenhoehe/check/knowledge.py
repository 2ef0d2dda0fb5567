"""Field knowledge from YAML: occupations by field, obstacles and the steps that address them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from augenhoehe.check.lexicon import load


@lru_cache(maxsize=1)
def _occupation_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    table = load("occupations")
    fields = tuple(str(f) for f in table)
    groups = []
    for i, stems in enumerate(table.values()):
        alt = "|".join(re.escape(str(s)).replace(r"\ ", r"\s+") for s in sorted(stems, key=len, reverse=True))
        groups.append(f"(?P<f{i}>{alt})")
    return re.compile(r"\b(?:" + "|".join(groups) + ")", re.I), fields


@lru_cache(maxsize=20_000)
def occupations(text: str) -> dict[str, tuple[int, int]]:
    """Occupational fields named in the text with the span of their first mention."""
    pattern, fields = _occupation_pattern()
    found: dict[str, tuple[int, int]] = {}
    for m in pattern.finditer(text):
        field = fields[int((m.lastgroup or "f0")[1:])]
        found.setdefault(field, (m.start(), m.end()))
    return found


@dataclass(frozen=True)
class Obstacle:
    """An obstacle field with its trigger phrases, the addressing terms and a suggestion."""

    key: str
    label: str
    triggers: tuple[str, ...]
    addressed_by: tuple[str, ...]
    suggestion: str


@lru_cache(maxsize=1)
def obstacles() -> tuple[Obstacle, ...]:
    """All obstacle fields of lexicons/obstacles.yaml."""
    return tuple(
        Obstacle(k, v["label"], tuple(v["triggers"]), tuple(v["addressed_by"]), v["suggestion"])
        for k, v in load("obstacles").items()
    )


def find_obstacle(obstacle: Obstacle, text: str) -> tuple[int, int] | None:
    """Span of the first trigger of an obstacle in the text (case-insensitive)."""
    low = text.lower()
    hits = [(low.find(t), len(t)) for t in obstacle.triggers if t in low]
    if not hits:
        return None
    start, length = min(hits)
    return start, start + length


def addresses(obstacle: Obstacle, text: str) -> bool:
    """True when the text contains a step term addressing the obstacle."""
    low = text.lower()
    return any(term in low for term in obstacle.addressed_by)


@lru_cache(maxsize=1)
def support_topics() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Support topic -> (support terms, related terms in goal or steps)."""
    return {
        k: (tuple(v["support"]), tuple(v["related"])) for k, v in load("support_topics").items()
    }
