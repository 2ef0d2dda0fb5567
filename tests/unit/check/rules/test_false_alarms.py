"""Findings that fired on good plans of other authors (failure classes, texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.check import check_text

TODAY = date(2026, 11, 24)
HEAD = "Kooperationsplan vom 02.11.2026\n\n"


def _codes(text: str) -> set[str]:
    return {f.code for f in check_text(text, "p.txt", today=TODAY).findings}


@pytest.mark.parametrize("sentence", [
    "Im Frühjahr wird der Plan gemeinsam überprüft und fortgeschrieben.",
    "Am 26.10.2026 wurde mit Frau Ullrich der folgende Plan erarbeitet.",
    "Zusätzlich wird durch Frau Ullrich bis zum 30.11.2026 eine Initiativbewerbung versandt.",
    "Werden die Schritte nicht umgesetzt, können sie durch Verwaltungsakt festgelegt werden.",
])
def test_sentences_that_are_not_actorless_steps_get_no_af101(sentence: str) -> None:
    assert "AF101" not in _codes(sentence + "\n")


def test_an_actorless_passive_step_still_gets_af101() -> None:
    assert "AF101" in _codes("Es werden bis zum 30.11.2026 drei Bewerbungen geschrieben.\n")


def test_costs_taken_over_after_an_application_are_a_commitment_not_a_reservation() -> None:
    text = (HEAD + "Unterstützung des Jobcenters\n- Das Jobcenter übernimmt bis zum 30.11.2026 die Kosten für "
            "Bewerbungsfotos nach vorheriger Antragstellung.\n")
    assert "GS102" not in _codes(text)
