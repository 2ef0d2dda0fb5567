"""Readability formulas react to sentence and word length as documented."""

from __future__ import annotations

from augenhoehe.check.nlp import sentences_of
from augenhoehe.check.readability import readability, syllables


def test_syllables_from_hyphenation():
    assert syllables("Bewerbung") == 3
    assert syllables("Kind") == 1


def test_plain_text_reads_easier_than_amtsdeutsch():
    plain = readability(sentences_of("Sie kochen gern. Wir suchen eine Stelle. Sie fangen bald an."))
    hard = readability(sentences_of(
        "Die Inanspruchnahme von Eingliederungsleistungen erfolgt nach vorheriger Antragstellung. "
        "Die Arbeitsmarktintegration erfordert kontinuierliche Eigenbemühungen."))
    assert plain and hard
    assert plain.sentences == 3 and hard.sentences == 2
    assert plain.amstad > hard.amstad + 40
    assert plain.wstf1 < hard.wstf1 and plain.lix < hard.lix


def test_no_words_gives_none():
    assert readability(sentences_of("- - -")) is None


def test_cached_hyphenation_patterns_give_the_same_syllables_as_pyphen(tmp_path, monkeypatch):
    import pyphen

    from augenhoehe.check import readability

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = readability._hyphenator()  # parses and writes the cache
    assert list((tmp_path / "augenhoehe").glob("pyphen-de_DE-*.json"))
    second = readability._hyphenator()  # reads the cache
    reference = pyphen.Pyphen(lang="de_DE")
    for word in ["kooperationsplan", "eingliederungsvereinbarung", "bewerbung", "kind"]:
        assert first.positions(word) == second.positions(word)
        assert [i for i in second.positions(word) if 2 <= i <= len(word) - 2] == reference.positions(word)
