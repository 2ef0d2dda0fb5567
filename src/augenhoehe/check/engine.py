"""check_text and check_plan: run the enabled rules over a document and score the findings."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from augenhoehe.check.config import Config
from augenhoehe.check.document import Document
from augenhoehe.check.features import plan_features
from augenhoehe.check.fitted import default_model, explain, to_scores
from augenhoehe.check.model import CheckResult, Finding
from augenhoehe.check.rules import Rule, all_rules, get_rule
from augenhoehe.check.rules.base import Hit
from augenhoehe.check.scoring import scores
from augenhoehe.domain import clock
from augenhoehe.domain.i18n import Message, gettext_noop
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
        message=str(hit.message), line=line, column=column, start=hit.start, end=hit.end,
        excerpt=excerpt, suggestions=tuple(hit.suggestions), text=hit.message,
    )


def check_document(doc: Document, config: Config | None = None) -> CheckResult:
    """Run every enabled rule on a prepared document."""
    config = config or Config()
    findings: list[Finding] = []
    for rule in all_rules():
        if config.enabled(rule.code):
            findings += [_finding(doc, rule, hit) for hit in rule.check(doc)]
    findings.sort(key=lambda f: (f.start, _ORDER[f.severity], f.code))
    features = plan_features(doc, findings, scores(findings))
    result = CheckResult(doc.source, doc.regime.value, doc.text, {}, findings, features=features)
    rescore(result)
    return result


def rescore(result: CheckResult) -> None:
    """(Re)compute scores and reasons from the result's findings and features.

    Called after checking, and again when corpus-level findings (near-duplicates) are added, so
    that the rules' points and the fitted scores always agree with the findings shown.
    """
    rule_scores = scores(result.findings)
    for key, value in rule_scores.items():
        if key != "gesamt":
            result.features[f"rules_{key}"] = float(value)
    model = default_model()
    if model is None or not result.features:
        result.scores = rule_scores
        return
    features = result.features
    features["sanction"] = 1.0 if any(f.indicator == "sanktionsfreiheit" and f.severity == "error"
                                      for f in result.findings) else 0.0
    fitted = to_scores(model.predict(features))
    fitted["sanktionsfreiheit"] = rule_scores["sanktionsfreiheit"]
    result.scores = {k: fitted[k] for k in rule_scores}
    first_finding: dict[str, Message] = {}
    for f in sorted(result.findings, key=lambda f: _ORDER[f.severity]):
        found_rule = get_rule(f.code)
        first_finding.setdefault(f.indicator, Message.of(
            gettext_noop("%(code)s: %(title)s"), code=f.code,
            title=Message(found_rule.title) if found_rule else f.text or Message(f.message)))
    texts = {k: _reason_texts(explain(model, features, k, rule_reason=_str(first_finding.get(k))),
                              first_finding.get(k)) for k in model.indicators}
    texts["gesamt"] = _overall_reasons(texts, features, fitted)
    result.reason_texts = texts
    result.reasons = {k: [str(m) for m in v] for k, v in texts.items()}


def _str(message: Message | None) -> str | None:
    return None if message is None else str(message)


def _reason_texts(reasons: list[str], rule_reason: Message | None) -> list[Message]:
    """explain()'s German reasons as messages: the rule's reason, or a feature's label (its own msgid)."""
    return [rule_reason if rule_reason is not None and r == str(rule_reason) else Message(r) for r in reasons]


def _overall_reasons(reasons: dict[str, list[Message]], features: dict[str, float],
                     fitted: dict[str, int]) -> list[Message]:
    """Why `gesamt` is what it is: sanction language first, then the weakest indicators and their cause."""
    from augenhoehe.check.model import INDICATOR_LABELS

    out = []
    if features.get("sanction"):
        out.append(Message(gettext_noop("Der Plan droht mit Rechtsfolgen (höchstens 30 Punkte)")))
    weakest = sorted((v, k) for k, v in fitted.items() if k not in ("gesamt", "sanktionsfreiheit"))[:2]
    for value, key in weakest:
        if value < 60:
            cause = reasons.get(key) or []
            label = Message(INDICATOR_LABELS[key])
            out.append(Message.of(gettext_noop("%(indicator)s %(score)s – %(cause)s"), indicator=label, score=value,
                                  cause=cause[0])
                       if cause else Message.of(gettext_noop("%(indicator)s %(score)s"), indicator=label, score=value))
    return out


def check_text(
    text: str, source: str = "<text>", regime: str | Regime | None = None,
    config: Config | None = None, today: date | None = None,
) -> CheckResult:
    """Check a plain-text plan."""
    text = _LONE_CR.sub("\n", text)  # old Mac line ends; same length, so offsets stay valid
    doc = Document(text, source, None, _regime(regime), today or clock.today())
    return check_document(doc, config)


def check_plan(
    plan: CooperationPlan | dict[str, Any], source: str = "<plan>",
    regime: str | Regime | None = None, config: Config | None = None, today: date | None = None,
) -> CheckResult:
    """Check a structured plan (object or augenhoehe.plan/1 dict); spans refer to its rendered text."""
    if isinstance(plan, dict):
        plan = plan_from_dict(plan)
    doc = Document(plan_to_text(plan), source, plan, _regime(regime), today or clock.today())
    return check_document(doc, config)
