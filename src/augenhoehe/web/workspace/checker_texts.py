"""The checker's texts in the reader's language: finding messages, reasons, rule titles and explanations.

The checker writes German (its JSON contract) and keeps each text as msgid and values beside it
(`augenhoehe.domain.i18n.Message`). `with_texts` stores those beside the contract's JSON; the
functions below render them with gettext where staff read them. A result stored before the
texts existed shows its German message. Suggestions are German plan text and stay German.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext

from augenhoehe.check.model import CheckResult
from augenhoehe.check.rules import get_rule
from augenhoehe.domain.i18n import Message

MESSAGE_TEXT = "message_text"
"""Key of a finding's message as msgid and values (JSON form of Message) in a stored result."""
REASON_TEXTS = "reason_texts"
"""Key of the reasons as msgids and values in a stored result."""


def with_texts(result: CheckResult) -> dict[str, Any]:
    """The contract's JSON of a result, plus the plan text and the translatable forms of its texts."""
    data = result.to_dict()
    data["text"] = result.text
    for out, finding in zip(data["findings"], result.findings, strict=True):
        if finding.text is not None:
            out[MESSAGE_TEXT] = finding.text.to_dict()
    data[REASON_TEXTS] = {k: [m.to_dict() for m in v] for k, v in result.reason_texts.items()}
    return data


def render(text: Mapping[str, Any] | None, german: str) -> str:
    """A stored message in the active language, or the German text when none was stored."""
    return Message.from_dict(text).render(gettext) if text else german


def finding_message(finding: Mapping[str, Any]) -> str:
    """A finding's message in the active language."""
    return render(finding.get(MESSAGE_TEXT), finding.get("message", ""))


def localised_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings with message, rule title and explanation in the active language (for templates)."""
    out = []
    for f in findings:
        rule = get_rule(f["code"])
        out.append({**f, "message": finding_message(f), "title": gettext(rule.title) if rule else "",
                    "why": gettext(rule.why) if rule else ""})
    return out


def reasons(result: Mapping[str, Any], key: str) -> list[str]:
    """The reasons for one score (`gesamt` or an indicator) in the active language."""
    texts = (result.get(REASON_TEXTS) or {}).get(key)
    if texts is not None:
        return [render(t, "") for t in texts]
    return list((result.get("reasons") or {}).get(key, []))


def rule_label(code: str) -> str:
    """A rule's title in the active language with its code in brackets, e.g. 'Druckwörter (KS103)'."""
    rule = get_rule(code)
    return f"{gettext(rule.title)} ({code})" if rule else code
