"""The storage edge of a plan: a stored PlanVersion turns into a CooperationPlan here and nowhere else."""

from __future__ import annotations

from augenhoehe.domain.plan import Author, CooperationPlan, Section, Step, StepOwner, StepStatus
from augenhoehe.web.workspace.models import PlanVersion


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
