"""The reading of a plan: parties, goal, steps with owner and time, review date (augenhoehe.reading/1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA = "augenhoehe.reading/1"
OWNERS: tuple[str, ...] = ("client", "jobcenter", "both", "other_agency")


@dataclass(frozen=True)
class Span:
    """A stretch of the plan's text (code-point offsets, end exclusive)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The span as the contract's {"start", "end", "text"} object."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ReadStep:
    """One agreed action: its span, who does it, by when or how often."""

    start: int
    end: int
    text: str
    owner: str
    due: date | None = None
    frequency: str | None = None
    block: str = "unknown"
    """Kind of the block the step stands in (steps, other, …)."""
    explicit_actor: bool = False
    """True when the sentence names its actor itself (not only its heading)."""

    def to_dict(self) -> dict[str, Any]:
        """The step as one entry of the contract's `steps` list."""
        return {"start": self.start, "end": self.end, "text": self.text, "owner": self.owner,
                "due": self.due.isoformat() if self.due else None, "frequency": self.frequency}


@dataclass
class Reading:
    """What a careful reader takes from a plan text before judging it."""

    source: str
    text: str
    plan_date: date | None
    client: str | None
    staff: list[str] = field(default_factory=list)
    goal: Span | None = None
    interim_goal: Span | None = None
    review_date: date | None = None
    review_span: Span | None = None
    review_vague: bool = False
    """A review is mentioned but without a concrete date ("im Frühjahr")."""
    steps: list[ReadStep] = field(default_factory=list)
    headings: list[tuple[Span, str, str | None]] = field(default_factory=list)
    """(heading span, block kind, owner) for every heading found."""
    first_person: bool = False
    """The plan is written in the client's own voice (ich/mein)."""

    def steps_of(self, owner: str) -> list[ReadStep]:
        """Steps of one owner; joint steps ('both') count for client and Jobcenter."""
        return [s for s in self.steps if s.owner == owner or s.owner == "both"]

    def to_dict(self) -> dict[str, Any]:
        """The reading as one entry of the contract's `results` list."""
        return {
            "source": self.source,
            "plan_date": self.plan_date.isoformat() if self.plan_date else None,
            "client": self.client,
            "staff": list(self.staff),
            "goal": self.goal.to_dict() if self.goal else None,
            "interim_goal": self.interim_goal.to_dict() if self.interim_goal else None,
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "steps": [s.to_dict() for s in self.steps],
        }
