"""The checker in the workspace: scores and findings per plan version, dismissals with reasons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.check import check_plan
from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import FindingDismissal, PlanVersion
from augenhoehe.web.workspace.services import audit
from augenhoehe.web.workspace.services.stored import to_domain


@dataclass(frozen=True)
class Highlight:
    """A piece of the plan text, marked when a finding points at it."""

    text: str
    finding_index: int | None


def check_domain_plan(plan: CooperationPlan) -> dict[str, Any]:
    """Run the checker on a plan and return the result as the contract's JSON plus the text."""
    result = check_plan(plan, source="workspace", today=today())
    data = result.to_dict()
    data["text"] = result.text
    return data


def store_check(version: PlanVersion) -> None:
    """Check a stored version and keep its scores and findings for the monitoring."""
    data = check_domain_plan(to_domain(version))
    PlanVersion.objects.filter(pk=version.pk).update(check_result=data)
    version.check_result = data


def visible_findings(result: dict[str, Any], dismissed: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """Findings without the ones the caseworker dismissed (matched by code and excerpt)."""
    return [f for f in result["findings"] if (f["code"], f["excerpt"]) not in dismissed]


def dismissed_keys(version: PlanVersion) -> set[tuple[str, str]]:
    """(code, excerpt) of the findings dismissed on this version."""
    return set(version.dismissals.values_list("code", "excerpt"))


def score_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The ten indicator scores with German labels, for the bar chart."""
    return [{"key": k, "label": _(INDICATOR_LABELS[k]), "score": result["scores"][k]} for k in INDICATORS]


def highlighted_text(text: str, findings: list[dict[str, Any]]) -> list[Highlight]:
    """Split the text into plain and marked pieces (first finding wins where spans overlap)."""
    pieces: list[Highlight] = []
    pos = 0
    for index, f in sorted(enumerate(findings), key=lambda item: item[1]["start"]):
        start, end = max(f["start"], pos), f["end"]
        if end <= start:
            continue
        if start > pos:
            pieces.append(Highlight(text[pos:start], None))
        pieces.append(Highlight(text[start:end], index))
        pos = end
    if pos < len(text):
        pieces.append(Highlight(text[pos:], None))
    return pieces


@transaction.atomic
def dismiss(version: PlanVersion, user: User, code: str, excerpt: str, reason: str) -> FindingDismissal:
    """Dismiss one finding with a reason; stored as an auditable event."""
    if not reason.strip():
        raise ValidationError(_("Bitte begründen Sie kurz, warum der Hinweis nicht zutrifft."))
    if len(reason) > 1000:
        raise ValidationError(_("Bitte höchstens 1000 Zeichen."))
    item = FindingDismissal.objects.create(version=version, code=clean_text(code, 20),
                                           excerpt=clean_text(excerpt, 300), reason=clean_text(reason).strip(),
                                           dismissed_by=user)
    audit.record(user, "finding.dismiss", version.plan.case, item, code=code)
    return item
