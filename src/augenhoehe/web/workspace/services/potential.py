"""The Potenzialanalyse of a case: a new record per analysis (earlier ones stay), audited."""

from __future__ import annotations

from django.db import transaction

from augenhoehe.domain.clock import today
from augenhoehe.domain.plan import PotentialAnalysis
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, PotentialAnalysisRecord
from augenhoehe.web.workspace.services import audit


@transaction.atomic
def record(case: Case, user: User, analysis: PotentialAnalysis) -> PotentialAnalysisRecord:
    """Store a Potenzialanalyse (dated today unless it says otherwise); empty obstacle fields are left out."""
    item = PotentialAnalysisRecord.objects.create(
        case=case, conducted_on=analysis.conducted_on or today(), strengths=analysis.strengths,
        wishes=analysis.wishes, created_by=user,
        obstacles={k.value: v for k, v in analysis.obstacles.items() if v},
    )
    audit.record(user, "potential_analysis.create", case, item)
    return item
