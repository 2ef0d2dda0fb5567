"""The pseudonymiser's recall on labelled texts (eval/privacy/labelled) meets the targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from augenhoehe.privacy.evaluation import Score, parse_marked, score_text

EVAL = Path(__file__).resolve().parents[3] / "eval" / "privacy"


def test_parse_marked_strips_labels_and_keeps_offsets():
    text, gold = parse_marked("Herr [[Max Muster|person]] wohnt in der [[Hauptstraße 1|address]].")
    assert text == "Herr Max Muster wohnt in der Hauptstraße 1."
    assert [text[g.start:g.end] for g in gold] == ["Max Muster", "Hauptstraße 1"]
    with pytest.raises(ValueError):
        parse_marked("[[x|unbekannt]]")


@pytest.mark.parametrize("folder", ["labelled", "heldout"])
def test_recall_targets_on_labelled_texts(folder):
    score = Score()
    for path in sorted((EVAL / folder).glob("*.txt")):
        score_text(path.read_text(encoding="utf-8"), score, path.stem)
    assert sum(score.found.values()) > 50
    assert score.recall("person") == 1.0, score.misses
    assert score.recall() >= 0.95, score.misses
    assert score.preserved >= 0.95


CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_every_client_and_staff_name_of_the_shared_corpus_is_replaced():
    from augenhoehe.privacy.evaluation import measure_corpus_names

    res = measure_corpus_names(CORPUS)
    assert res.plans == 90 and res.found > 400
    assert res.recall == 1.0, res.misses[:5]
    assert res.other_kept / res.other_words > 0.97
