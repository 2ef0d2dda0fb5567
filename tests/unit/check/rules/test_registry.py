"""Every rule is documented, has fixtures, and its fixtures behave as the rule promises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.unit.check.helpers import codes

from augenhoehe.check.docgen import rule_page
from augenhoehe.check.model import INDICATORS
from augenhoehe.check.rules import all_rules

RULES = all_rules()
DOCS = Path(__file__).resolve().parents[4] / "docs" / "rules"


def test_every_indicator_has_at_least_three_rules():
    for key in INDICATORS:
        assert len([r for r in RULES if r.indicator == key]) >= 3, key


def test_codes_are_stable_family_prefix_plus_three_digits():
    prefixes = {r.indicator: r.code[:2] for r in RULES}
    assert len(set(prefixes.values())) == len(INDICATORS)
    assert all(re.fullmatch(r"[A-Z]{2}\d{3}", r.code) for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_generated_doc_that_is_current(rule):
    page = DOCS / f"{rule.code}.md"
    assert page.is_file(), f"{page} fehlt: augenhoehe rules docs --out docs/rules ausführen"
    assert page.read_text(encoding="utf-8") == rule_page(rule), "Doku veraltet: neu erzeugen"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_reports_its_bad_fixtures(rule):
    assert rule.bad, "mindestens ein schlechtes Beispiel nötig"
    for text in rule.bad:
        assert rule.code in codes(text), text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_stays_silent_on_its_good_fixtures(rule):
    assert rule.good, "mindestens ein gutes Beispiel nötig"
    for text in rule.good:
        assert rule.code not in codes(text), text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_explains_itself_in_german(rule):
    assert len(rule.why) > 60 and rule.title and rule.slug == rule.slug.lower()
