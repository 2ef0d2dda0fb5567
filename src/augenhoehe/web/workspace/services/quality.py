"""The checker in the workspace: scores and findings per plan version, dismissals with reasons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.check import Config, check_plan
from augenhoehe.check.inputs import with_content_slots
from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace import checker_texts
from augenhoehe.web.workspace.models import FindingDismissal, PlanVersion
from augenhoehe.web.workspace.services import audit
from augenhoehe.web.workspace.services.stored import to_domain


@dataclass(frozen=True)
class Highlight:
    """A piece of the plan text, marked when a finding points at it."""

    text: str
    finding_index: int | None
    also: tuple[int, ...] = ()
    """Further findings whose span lies inside this piece (their numbers are shown too)."""

    @property
    def numbers(self) -> str:
        """The footnote numbers of the piece, counted from 1 like the list of findings."""
        indices = ((self.finding_index,) if self.finding_index is not None else ()) + self.also
        return ", ".join(str(i + 1) for i in indices)


def _unchanged(data: dict[str, Any]) -> dict[str, Any]:
    return data


@dataclass(frozen=True)
class TeamCheck:
    """How a team's own standards shape the checker in its editor: which rules run, then the findings."""

    config: Config = field(default_factory=Config)
    shape: Callable[[dict[str, Any]], dict[str, Any]] = _unchanged


TEAM_CHECKS: list[Callable[[int], TeamCheck]] = []
"""Providers of a team's checker configuration (web.reflection registers one at start-up)."""


def check_domain_plan(plan: CooperationPlan, team_id: int | None = None) -> dict[str, Any]:
    """Run the checker on a plan and return the result as the contract's JSON plus the text and the
    translatable forms of its messages (`checker_texts.with_texts`). The checker reads the plan's
    § 15 Abs. 2 contents too (`check.inputs.with_content_slots`).

    With a team, the team's own standards (TEAM_CHECKS) choose the rules and shape the findings;
    stored results (store_check) stay on the common configuration, so the monitoring compares alike.
    """
    team = TEAM_CHECKS[0](team_id) if team_id and TEAM_CHECKS else TeamCheck()
    result = check_plan(with_content_slots(plan), source="workspace", today=today(), config=team.config)
    return team.shape(checker_texts.with_texts(result))


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
    """Split the text into plain and marked pieces (first finding wins where spans overlap).

    A finding inside an earlier mark adds its number to that mark, so every number of the list
    appears in the text and none is skipped.
    """
    pieces: list[Highlight] = []
    pos = 0
    for index, f in sorted(enumerate(findings), key=lambda item: (item[1]["start"], item[0])):
        start, end = max(f["start"], pos), f["end"]
        if end <= start:
            if pieces and pieces[-1].finding_index is not None and f["start"] < pos:
                last = pieces[-1]
                pieces[-1] = Highlight(last.text, last.finding_index, (*last.also, index))
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
