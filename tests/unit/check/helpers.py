"""Shared helpers for the checker tests: run a rule fixture the way a user would."""

from __future__ import annotations

import json
from datetime import date

from augenhoehe.check import check_plan, check_text
from augenhoehe.check.corpus import apply_duplicates
from augenhoehe.check.model import CheckResult
from augenhoehe.check.rules.base import CORPUS_SEP

TODAY = date(2026, 9, 15)


def run_fixture(text: str) -> list[CheckResult]:
    """Check a fixture: JSON plan, corpus of plans, or plain text."""
    if text.startswith("JSON:"):
        return [check_plan(json.loads(text[5:]), "fixture.json", today=TODAY)]
    parts = text.split(CORPUS_SEP)
    results = [check_text(p, f"p{i}.txt", today=TODAY) for i, p in enumerate(parts)]
    if len(results) > 1:
        apply_duplicates(results)
    return results


def codes(text: str) -> set[str]:
    """All finding codes of a fixture."""
    return {f.code for r in run_fixture(text) for f in r.findings}
