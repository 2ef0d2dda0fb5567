"""Cheap structural and language flags of one plan version, computed for the snapshot."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from augenhoehe.check.model import MET
from augenhoehe.domain.plan import CooperationPlan, StepOwner

_SANCTION = re.compile(r"Rechtsfolgenbelehrung|Rechtsfolge|Leistungsminderung|Minderung|Sanktion|§\s*31\b",
                       re.I)
_DIRECTIVE = re.compile(
    r"\b(haben|hat)\b[^.]*(\bzu\s+\w+en\b|\b\w+zu\w+en\b)|\b(ist|sind)\s+verpflichtet|Folge zu leisten|"
    r"unverzüglich|unaufgefordert|\bmüssen\b|\bverpflichtet sich\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CLIENT = {StepOwner.CLIENT, StepOwner.BOTH}
_JC = {StepOwner.JOBCENTER, StepOwner.BOTH}


@dataclass(frozen=True)
class PlanFlags:
    """Flags the monitoring aggregates; no names, no free text."""

    n_client_steps: int
    n_jc_steps: int
    client_concrete: float
    jc_concrete: float
    operationalised: bool
    jc_as_concrete: bool
    precise_duties: bool
    sanction_language: bool
    directive_share: float
    content_hash: str


def language_flags(text: str) -> tuple[bool, float]:
    """Sanction language present, and the share of sentences in directive style."""
    sentences = [s for s in _SENTENCE.split(text) if len(s.strip()) > 3]
    directive = sum(1 for s in sentences if _DIRECTIVE.search(s))
    return bool(_SANCTION.search(text)), (directive / len(sentences) if sentences else 0.0)


def _share(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def content_hash(plan: CooperationPlan) -> str:
    """Hash of goal, interim goal and step texts: equal hashes mean 'copied forward unchanged'."""
    parts = [plan.goal, plan.interim_goal] + sorted(f"{s.owner}:{s.text}" for s in plan.steps)
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def plan_flags(plan: CooperationPlan, text: str, scores: dict[str, int] | None = None) -> PlanFlags:
    """Compute the flags of one plan from its structure and its text.

    With the checker's scores, "operationalised" and "as concrete" are the checker's own verdicts
    (indicator zwischenschritte / gegenseitigkeit at least check.model.MET), so the team page's shares
    and its indicator bars rest on one definition; without scores the structural fallback applies.
    """
    client = [s for s in plan.steps if s.owner in _CLIENT]
    jc = [s for s in plan.steps if s.owner in _JC]
    c_conc = _share([bool(s.due_date or s.frequency) for s in client])
    j_conc = _share([bool(s.due_date or s.frequency) for s in jc])
    evidence = any(s.evidence for s in client)
    sanction, directive = language_flags(text)
    return PlanFlags(
        n_client_steps=len(client),
        n_jc_steps=len(jc),
        client_concrete=round(c_conc, 3),
        jc_concrete=round(j_conc, 3),
        operationalised=(scores["zwischenschritte"] >= MET) if scores and "zwischenschritte" in scores
        else bool(plan.interim_goal.strip()) and len(client) >= 2 and c_conc == 1.0,
        jc_as_concrete=(scores["gegenseitigkeit"] >= MET) if scores and "gegenseitigkeit" in scores
        else bool(jc) and j_conc >= c_conc,
        precise_duties=evidence and (not jc or j_conc <= c_conc),
        sanction_language=sanction,
        directive_share=round(directive, 3),
        content_hash=content_hash(plan),
    )
