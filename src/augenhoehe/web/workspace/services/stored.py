"""The storage edge of a plan: PlanVersion ↔ CooperationPlan, here and nowhere else."""

from __future__ import annotations

from typing import Any

from augenhoehe.domain.plan import Author, CooperationPlan, Section, Step, StepOwner, StepStatus
from augenhoehe.web.workspace.models import PlanStep, PlanVersion


def to_domain(version: PlanVersion) -> CooperationPlan:
    """The stored version as a domain plan (for text, PDF, the checker and the monitoring)."""
    return CooperationPlan(
        goal=version.goal, interim_goal=version.interim_goal, other_notes=version.other_notes,
        plan_date=version.plan_date, review_date=version.review_date,
        content_slots=dict(version.content_slots or {}),
        goal_author=Author(version.goal_author),
        interim_goal_author=Author(version.interim_goal_author),
        steps=[
            Step(text=s.text, owner=StepOwner(s.owner), section=Section(s.section),
                 due_date=s.due_date, frequency=s.frequency, status=StepStatus(s.status),
                 evidence=s.evidence, author=Author(s.author))
            for s in version.steps.all()
        ],
    )


def version_fields(plan: CooperationPlan) -> dict[str, Any]:
    """The PlanVersion columns a plan fills (texts stripped, empty content slots dropped)."""
    return {
        "plan_date": plan.plan_date, "goal": plan.goal.strip(), "interim_goal": plan.interim_goal.strip(),
        "goal_author": Author(plan.goal_author).value,
        "interim_goal_author": Author(plan.interim_goal_author).value,
        "other_notes": plan.other_notes.strip(), "review_date": plan.review_date,
        "content_slots": {k: v.strip() for k, v in plan.content_slots.items() if v.strip()},
    }


def step_rows(version: PlanVersion, plan: CooperationPlan) -> list[PlanStep]:
    """Unsaved PlanStep rows for the plan's steps, in their order."""
    return [
        PlanStep(version=version, position=i, section=Section(s.section).value, owner=StepOwner(s.owner).value,
                 text=s.text.strip(), due_date=s.due_date, frequency=s.frequency.strip(),
                 evidence=s.evidence.strip(), author=Author(s.author).value, status=StepStatus(s.status).value)
        for i, s in enumerate(plan.steps)
    ]


def replace_steps(version: PlanVersion, plan: CooperationPlan) -> None:
    """Store the plan's steps as the version's steps (the old ones go)."""
    version.steps.all().delete()
    PlanStep.objects.bulk_create(step_rows(version, plan))
