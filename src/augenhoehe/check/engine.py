"""check_text and check_plan: run the enabled rules over a document and score the findings."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from augenhoehe.check.config import Config
from augenhoehe.check.document import Document
from augenhoehe.check.model import CheckResult, Finding
from augenhoehe.check.rules import Rule, all_rules
from augenhoehe.check.rules.base import Hit
from augenhoehe.check.scoring import scores
from augenhoehe.domain.plan import CooperationPlan
from augenhoehe.domain.regimes import Regime
from augenhoehe.domain.render import plan_to_text
from augenhoehe.domain.serialize import plan_from_dict

_LONE_CR = re.compile(r"\r(?!\n)")
_ORDER = {"error": 0, "warning": 1, "suggestion": 2}


def _regime(value: str | Regime | None) -> Regime | None:
    if value in (None, "", "auto"):
        return None
    return Regime(value)


def _finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, column = doc.position(hit.start)
    excerpt = doc.text[hit.start : hit.end]
    if len(excerpt) > 160:
        excerpt = excerpt[:157] + "…"
    return Finding(
        code=rule.code, slug=rule.slug, indicator=rule.indicator,
        severity=hit.severity or rule.severity,  # type: ignore[arg-type]
        message=hit.message, line=line, column=column, start=hit.start, end=hit.end,
        excerpt=excerpt, suggestions=tuple(hit.suggestions),
    )


def check_document(doc: Document, config: Config | None = None) -> CheckResult:
    """Run every enabled rule on a prepared document."""
    config = config or Config()
    findings: list[Finding] = []
    for rule in all_rules():
        if config.enabled(rule.code):
            findings += [_finding(doc, rule, hit) for hit in rule.check(doc)]
    findings.sort(key=lambda f: (f.start, _ORDER[f.severity], f.code))
    return CheckResult(doc.source, doc.regime.value, doc.text, scores(findings), findings)


def check_text(
    text: str, source: str = "<text>", regime: str | Regime | None = None,
    config: Config | None = None, today: date | None = None,
) -> CheckResult:
    """Check a plain-text plan."""
    text = _LONE_CR.sub("\n", text)  # old Mac line ends; same length, so offsets stay valid
    doc = Document(text, source, None, _regime(regime), today or date.today())
    return check_document(doc, config)


def check_plan(
    plan: CooperationPlan | dict[str, Any], source: str = "<plan>",
    regime: str | Regime | None = None, config: Config | None = None, today: date | None = None,
) -> CheckResult:
    """Check a structured plan (object or augenhoehe.plan/1 dict); spans refer to its rendered text."""
    if isinstance(plan, dict):
        plan = plan_from_dict(plan)
    doc = Document(plan_to_text(plan), source, plan, _regime(regime), today or date.today())
    return check_document(doc, config)
