"""Whether a plan's steps fit what the plan itself says: its goal and the obstacles it names.

One place for what the Kohärenz features (check.features) and the rules KO101/KO105 recognise.
"""

from __future__ import annotations

from dataclasses import dataclass

from augenhoehe.check.document import Document, Item
from augenhoehe.check.knowledge import Obstacle, find_obstacle, job_aims, obstacles, off_goal, seeks_job, works_against


def text_outside_steps(doc: Document) -> str:
    """The plan's text with every agreed step blanked out (offsets kept): where situations are told."""
    if len(doc.text) >= 20_000:
        return doc.text
    chars = list(doc.text)
    for step in doc.steps:
        for i in range(step.unit.start, min(step.unit.end, len(chars))):
            chars[i] = " "
    return "".join(chars)


@dataclass(frozen=True)
class Conflict:
    """A step of the person that goes against an obstacle the plan names, with the demand's span in the step."""

    obstacle: Obstacle
    step: Item
    start: int
    end: int


def worked_against(doc: Document) -> list[Conflict]:
    """For each obstacle named outside the steps, the first step of the person that goes against it."""
    client_steps = [s for s in doc.steps if s.owner in ("client", "both")]
    if not client_steps:
        return []
    rest = text_outside_steps(doc)
    found = []
    for obstacle in obstacles():
        if not obstacle.worked_against_by or find_obstacle(obstacle, rest) is None:
            continue
        for step in client_steps:
            span = works_against(obstacle, step.text)
            if span is not None:
                found.append(Conflict(obstacle, step, step.unit.start + span[0], step.unit.start + span[1]))
                break
    return found


def goal_mismatch(doc: Document) -> float:
    """Share of the person's job-naming steps that aim elsewhere than the goal (knowledge.off_goal)."""
    goal = doc.goal_text
    naming = [s.text for s in doc.steps if s.owner in ("client", "both") and any(job_aims(s.text))
              and seeks_job(s.text)]
    if not goal.strip() or not naming:
        return 0.0
    return sum(1 for t in naming if off_goal(goal, t) is not None) / len(naming)
