"""Every finding and reason keeps its German text as msgid and values, and renders to the contract's text."""

from __future__ import annotations

import pytest
from tests.unit.check.helpers import run_fixture

from augenhoehe.check.model import CheckResult
from augenhoehe.check.rules import all_rules
from augenhoehe.domain.i18n import Message

FIXTURES = [(rule.code, text) for rule in all_rules() for text in (*rule.bad, *rule.good)]


def msgids(message: Message) -> set[str]:
    """The msgid of a message and of every message nested in its values."""
    return {message.msgid}.union(*(msgids(v) for _k, v in message.params if isinstance(v, Message)))


def texts_of(results: list[CheckResult]) -> list[Message]:
    """Every finding's and every reason's message of some results."""
    found = []
    for result in results:
        assert all(f.text is not None for f in result.findings), result.source
        found += [f.text for f in result.findings if f.text is not None]
        found += [m for reasons in result.reason_texts.values() for m in reasons]
    return found


@pytest.mark.parametrize("code,text", FIXTURES, ids=[f"{c}-{i}" for i, (c, _t) in enumerate(FIXTURES)])
def test_the_german_rendering_of_each_message_is_the_contracts_text(code, text):
    for result in run_fixture(text):
        for finding in result.findings:
            assert finding.text is not None and str(finding.text) == finding.message
        assert {k: [str(m) for m in v] for k, v in result.reason_texts.items()} == result.reasons


def test_the_json_contract_has_no_message_texts():
    result = run_fixture(all_rules()[0].bad[0])[0]
    assert "text" not in result.findings[0].to_dict()
    assert set(result.to_dict()) == {"source", "regime", "scores", "findings", "reasons"}


def test_reasons_name_the_rule_by_its_title_as_a_nested_message():
    from augenhoehe.check.rules import get_rule

    result = run_fixture(get_rule("AF102").bad[0])[0]
    rule_reasons = [m for v in result.reason_texts.values() for m in v if m.msgid == "%(code)s: %(title)s"]
    assert rule_reasons
    assert all(isinstance(dict(m.params)["title"], Message) for m in rule_reasons)
