"""The grammar detectors on real SoMaJo + HanTa output (no mocks)."""

from __future__ import annotations

import pytest

from augenhoehe.check import grammar
from augenhoehe.check.nlp import _split_masked, clear_caches, sentences_of, split_line


def _sent(text: str):
    return sentences_of(text)[0]


@pytest.mark.parametrize("text,rewrite", [
    ("Sie haben bis zum 15.04. drei Nachweise vorzulegen.", "Sie legen bis zum 15.04. drei Nachweise vor."),
    ("Sie haben die Teilnahme zu bestätigen.", "Sie bestätigen die Teilnahme."),
    ("Bis Ende Mai haben Sie einen Lebenslauf einzureichen.", "Bis Ende Mai reichen Sie einen Lebenslauf ein."),
])
def test_haben_zu_is_rewritten_cooperatively(text, rewrite):
    found = grammar.haben_zu(_sent(text))
    assert found is not None and found.rewrite == rewrite


def test_plain_statement_has_no_haben_zu():
    assert grammar.haben_zu(_sent("Sie legen drei Nachweise vor.")) is None


def test_passive_needs_werden_and_participle_not_future():
    assert grammar.passive(_sent("Die Kosten werden vom Jobcenter übernommen."))
    assert grammar.passive(_sent("Wir werden die Kosten übernehmen.")) is None


def test_modal_muessen_and_imperative():
    assert grammar.modal_muessen(_sent("Sie müssen sich bewerben.")).text == "müssen"
    assert grammar.imperative(_sent("Legen Sie die Nachweise vor!")).text == "Legen"
    assert grammar.imperative(_sent("Kommen Sie nicht, wird der Termin verschoben.")) is None
    assert grammar.imperative(_sent("Haben Sie Fragen?")) is None


def test_actor_of_a_step():
    assert grammar.actor(_sent("Das Jobcenter übernimmt die Fahrtkosten.")) == "jobcenter"
    assert grammar.actor(_sent("Wir übernehmen die Fahrtkosten.")) == "jobcenter"
    assert grammar.actor(_sent("Sie bewerben sich bei Aldi.")) == "client"
    assert grammar.actor(_sent("Der Kunde bewirbt sich bei Aldi.")) == "client"
    assert grammar.actor(_sent("Es werden Bewerbungen geschrieben.")) is None


def test_nominal_style_counts_ung_keit_tion_nouns():
    sent = _sent("Zur Verbesserung der Beschäftigungsfähigkeit erfolgt die Teilnahme an einer Qualifizierung.")
    assert [t.text for t in grammar.nominalisations(sent)] == [
        "Verbesserung", "Beschäftigungsfähigkeit", "Qualifizierung"]


def test_sentences_keep_abbreviations_and_offsets():
    text = "Zeile eins.\nSie kommen z. B. am 12.03.2026 um 10 Uhr. Danach gehen Sie zur VHS."
    sents = sentences_of(text)
    assert [s.text for s in sents] == ["Zeile eins.", "Sie kommen z. B. am 12.03.2026 um 10 Uhr.",
                                       "Danach gehen Sie zur VHS."]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_lines_differing_only_in_digits_share_one_tokenisation():
    clear_caches()
    first = split_line("Sie kommen am 15.04.2026 um 10 Uhr.")
    second = split_line("Sie kommen am 02.11.2027 um 14 Uhr.")
    assert _split_masked.cache_info().hits == 1
    assert [t[0] for t in first[0]][3] == "15." and [t[0] for t in second[0]][3] == "02."


def test_coordinated_zu_infinitives_are_all_rewritten():
    found = grammar.haben_zu(_sent("Herr Berger hat Arbeitsunfähigkeit unverzüglich anzuzeigen und eine "
                                   "ärztliche Bescheinigung vorzulegen."))
    assert found is not None
    assert found.rewrite == ("Sie zeigen Arbeitsunfähigkeit unverzüglich an und legen eine ärztliche "
                             "Bescheinigung vor.")


def test_infinitive_clause_after_predicate_adjective_is_not_haben_zu():
    assert grammar.haben_zu(_sent("Der Kunde ist verpflichtet, sich auf Stellen zu bewerben.")) is None
    assert grammar.haben_zu(_sent("Sie sind bereit, an einem Kurs teilzunehmen.")) is None


def test_obligation_formula_gets_a_cooperative_rewrite():
    sent = _sent("Herr Berger ist verpflichtet, sich auf Vermittlungsvorschläge unverzüglich zu bewerben.")
    assert grammar.obligation_rewrite(sent) == "Sie bewerben sich auf Vermittlungsvorschläge unverzüglich."
