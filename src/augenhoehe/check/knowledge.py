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


_QUALIFIED = re.compile(r"Ausbildung|Studium|Umschulung|Ingenieur|Fachkraft|Meister|Anerkennung|Fachangestellte|"
                        r"Fachmann|Fachfrau|Fachinformatik|Techniker|Erzieher|Pflegefach|Selbstst|Gesell", re.I)
_HELPER = re.compile(r"Helfer|Hilfs|Minijob|Aushilfe|Zeitarbeit|Personaldienst|ungelernt|Anlern|Kommissionier", re.I)


def job_aims(text: str) -> tuple[set[str], bool, bool]:
    """(occupational fields, names a qualified path, names helper work) of a goal or a step."""
    return set(occupations(text)), bool(_QUALIFIED.search(text)), bool(_HELPER.search(text))


_SEEKING = re.compile(r"bewirb|bewerb|Stelle|Job|Praktik|Arbeitsplatz|Ausbildungsplatz|Vorstellungs|such|"
                      r"Zeitarbeit|Personaldienst|Jobbörse|Probearbeit|Minijob", re.I)


def seeks_job(step: str) -> bool:
    """The step looks for work: applications, vacancies, placements, job fairs."""
    return bool(_SEEKING.search(step))


def off_goal(goal: str, step: str) -> tuple[str, tuple[int, int]] | None:
    """Why a job-seeking step aims elsewhere than the goal, with the span in the step; None when it fits,
    says nothing about a job, or does not seek one ("fragt ihren Arbeitgeber nach mehr Stunden").

    Elsewhere is another occupational field than every field of the goal, or helper work only when the
    goal is a qualified path (Ausbildung, Anerkennung, an engineer's job) that names no helper work.
    """
    if not seeks_job(step):
        return None
    goal_fields, goal_qualified, goal_helper = job_aims(goal)
    step_fields = occupations(step)
    for field, span in step_fields.items():
        if goal_fields and field not in goal_fields:
            return "field", span
    if goal_qualified and not goal_helper and not _QUALIFIED.search(step):
        helper = _HELPER.search(step)
        if helper:
            return "level", helper.span()
    return None


@dataclass(frozen=True)
class Obstacle:
    """An obstacle field with its trigger phrases, the addressing terms and a suggestion."""

    key: str
    label: str
    triggers: tuple[str, ...]
    addressed_by: tuple[str, ...]
    suggestion: str
    worked_against_by: tuple[str, ...] = ()
    """Demands in a step that go against the obstacle (shift work despite a childcare gap)."""


@lru_cache(maxsize=1)
def obstacles() -> tuple[Obstacle, ...]:
    """All obstacle fields of lexicons/obstacles.yaml."""
    return tuple(
        Obstacle(k, v["label"], tuple(v["triggers"]), tuple(v["addressed_by"]), v["suggestion"],
                 tuple(v.get("worked_against_by", ())))
        for k, v in load("obstacles").items()
    )


_SPARED = re.compile(r"\b(?:ohne|kein\w*|nicht|nur|außer|statt)\W+(?:\w+\W+){0,2}$", re.I)


def works_against(obstacle: Obstacle, step: str) -> tuple[int, int] | None:
    """Span of a demand in the step that goes against the obstacle ("auch Schicht- und Wochenendarbeit"),
    unless the step spares it ("ohne Schichtarbeit", "nur vormittags")."""
    low = step.lower()
    for term in obstacle.worked_against_by:
        for m in re.finditer(rf"(?<![a-zäöüß]){re.escape(term)}", low):
            if not _SPARED.search(low[max(0, m.start() - 30):m.start()]):
                return m.start(), m.end()
    return None


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
