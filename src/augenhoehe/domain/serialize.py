"""Structured plan JSON (schema augenhoehe.plan/1) to and from domain objects, with validation."""

from __future__ import annotations

from datetime import date
from typing import Any

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import (
    Author,
    CooperationPlan,
    ObstacleField,
    PotentialAnalysis,
    Section,
    Step,
    StepOwner,
    StepStatus,
)

SCHEMA = "augenhoehe.plan/1"


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{where}: Datum muss als Text JJJJ-MM-TT angegeben werden.")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"{where}: '{value}' ist kein gültiges Datum (JJJJ-MM-TT).") from exc


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{where}: Text erwartet, nicht {type(value).__name__}.")
    return value


def _enum(enum: Any, value: Any, default: Any, where: str) -> Any:
    if value in (None, ""):
        return default
    try:
        return enum(value)
    except ValueError as exc:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(f"{where}: '{value}' ist nicht erlaubt ({allowed}).") from exc


def step_from_dict(data: Any, where: str) -> Step:
    """Build a step from its JSON object."""
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: Objekt erwartet.")
    return Step(
        text=_text(data.get("text"), f"{where}.text"),
        owner=_enum(StepOwner, data.get("owner"), StepOwner.CLIENT, f"{where}.owner"),
        section=_enum(Section, data.get("section"), Section.NAECHSTE_SCHRITTE, f"{where}.section"),
        due_date=_date(data.get("due_date"), f"{where}.due_date"),
        frequency=_text(data.get("frequency"), f"{where}.frequency"),
        status=_enum(StepStatus, data.get("status"), StepStatus.OPEN, f"{where}.status"),
        evidence=_text(data.get("evidence"), f"{where}.evidence"),
        author=_enum(Author, data.get("author"), Author.CASEWORKER, f"{where}.author"),
    )


def plan_from_dict(data: Any) -> CooperationPlan:
    """Build a plan from the structured JSON; raise ValidationError with a German message."""
    if not isinstance(data, dict):
        raise ValidationError("Der Plan muss ein JSON-Objekt sein.")
    steps_raw = data.get("steps", [])
    if not isinstance(steps_raw, list):
        raise ValidationError("steps: Liste erwartet.")
    slots = data.get("content_slots") or {}
    if not isinstance(slots, dict):
        raise ValidationError("content_slots: Objekt erwartet.")
    return CooperationPlan(
        goal=_text(data.get("goal"), "goal"),
        interim_goal=_text(data.get("interim_goal"), "interim_goal"),
        steps=[step_from_dict(s, f"steps[{i}]") for i, s in enumerate(steps_raw)],
        other_notes=_text(data.get("other_notes"), "other_notes"),
        plan_date=_date(data.get("plan_date"), "plan_date"),
        review_date=_date(data.get("review_date"), "review_date"),
        content_slots={str(k): _text(v, f"content_slots.{k}") for k, v in slots.items()},
        goal_author=_enum(Author, data.get("goal_author"), Author.CASEWORKER, "goal_author"),
        interim_goal_author=_enum(
            Author, data.get("interim_goal_author"), Author.CASEWORKER, "interim_goal_author"
        ),
        client_wishes=_text(data.get("client_wishes"), "client_wishes"),
    )


def plan_to_dict(plan: CooperationPlan) -> dict[str, Any]:
    """Return the structured JSON of a plan."""
    return {
        "schema": SCHEMA,
        "goal": plan.goal,
        "interim_goal": plan.interim_goal,
        "goal_author": plan.goal_author.value,
        "interim_goal_author": plan.interim_goal_author.value,
        "client_wishes": plan.client_wishes,
        "plan_date": plan.plan_date.isoformat() if plan.plan_date else None,
        "review_date": plan.review_date.isoformat() if plan.review_date else None,
        "other_notes": plan.other_notes,
        "content_slots": dict(plan.content_slots),
        "steps": [
            {
                "text": s.text,
                "owner": s.owner.value,
                "section": s.section.value,
                "due_date": s.due_date.isoformat() if s.due_date else None,
                "frequency": s.frequency,
                "status": s.status.value,
                "evidence": s.evidence,
                "author": s.author.value,
            }
            for s in plan.steps
        ],
    }


def potential_analysis_to_dict(pa: PotentialAnalysis) -> dict[str, Any]:
    """Return the JSON of a Potenzialanalyse."""
    return {
        "strengths": pa.strengths,
        "obstacles": {k.value: v for k, v in pa.obstacles.items()},
        "wishes": pa.wishes,
        "conducted_on": pa.conducted_on.isoformat() if pa.conducted_on else None,
    }


def potential_analysis_from_dict(data: Any) -> PotentialAnalysis:
    """Build a Potenzialanalyse from its JSON object."""
    if not isinstance(data, dict):
        raise ValidationError("potential_analysis: Objekt erwartet.")
    obstacles_raw = data.get("obstacles") or {}
    if not isinstance(obstacles_raw, dict):
        raise ValidationError("potential_analysis.obstacles: Objekt erwartet.")
    return PotentialAnalysis(
        strengths=_text(data.get("strengths"), "potential_analysis.strengths"),
        obstacles={
            _enum(ObstacleField, k, None, "potential_analysis.obstacles"): _text(v, f"obstacles.{k}")
            for k, v in obstacles_raw.items()
        },
        wishes=_text(data.get("wishes"), "potential_analysis.wishes"),
        conducted_on=_date(data.get("conducted_on"), "potential_analysis.conducted_on"),
    )
