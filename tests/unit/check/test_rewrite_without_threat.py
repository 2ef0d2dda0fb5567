"""The suggested rewrite of a "haben … zu" sentence never keeps a threat another finding says to delete."""

from __future__ import annotations

from augenhoehe.check import check_text


def _ks101_suggestion(sentence: str) -> str:
    result = check_text("Kooperationsplan vom 01.09.2026\n\nNächste Schritte\n- " + sentence + "\n")
    return next(f.suggestions[0] for f in result.findings if f.code == "KS101")


def test_the_rewrite_drops_the_minderung_clause() -> None:
    suggestion = _ks101_suggestion("Sie haben sich zweimal im Monat zu bewerben, sonst wird Ihr Bürgergeld gemindert.")
    assert suggestion == "Schreiben Sie: „Sie bewerben sich zweimal im Monat.“"


def test_the_rewrite_drops_a_sanction_clause_and_keeps_the_deadline() -> None:
    suggestion = _ks101_suggestion(
        "Sie haben bis 10.12.2026 drei Bewerbungen vorzulegen, andernfalls droht eine Sanktion.")
    assert "Sanktion" not in suggestion and "bis 10.12.2026" in suggestion


def test_a_harmless_clause_stays_in_the_rewrite() -> None:
    suggestion = _ks101_suggestion("Sie haben drei Bewerbungen vorzulegen, am besten bei Pflegediensten.")
    assert "am besten bei Pflegediensten" in suggestion
