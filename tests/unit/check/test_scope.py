"""Sanction language with scope: explanations and negations are not threats, threats in other words are."""

from datetime import date

import pytest

from augenhoehe.check import check_text

TODAY = date(2026, 11, 24)
HEAD = "Kooperationsplan vom 01.09.2026\n\nNächste Schritte\n- Sie bewerben sich bis 15.10.2026 bei zwei Betrieben.\n\n"


def _sanction_errors(sentence: str) -> list[str]:
    res = check_text(HEAD + sentence + "\n", today=TODAY)
    return [f.code for f in res.findings if f.indicator == "sanktionsfreiheit" and f.severity == "error"]


@pytest.mark.parametrize("sentence", [
    "Dieser Plan ist kein Vertrag und hat keine Rechtsfolgen.",
    "Dieser Kooperationsplan enthält keine Rechtsfolgenbelehrung.",
    "Herr K. fragte, ob ihm Geld gekürzt wird, wenn er etwas nicht schafft.",
    "Ein Arzttermin ist ein wichtiger Grund, und dieser Plan ist keine Grundlage für Kürzungen.",
    "Nach der Übergangsregelung führen Pflichtverletzungen derzeit nicht zu Leistungsminderungen.",
    "Bescheid: Eingliederungsvereinbarung ersetzender Verwaltungsakt",
])
def test_explanations_negations_and_labels_are_not_threats(sentence):
    assert _sanction_errors(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Wenn Sie die Nachweise nicht vorlegen, wird Ihr Bürgergeld um 10 Prozent gemindert.",
    "Herr K. wurde darauf hingewiesen, dass fehlende Mitwirkung Konsequenzen für den Leistungsbezug haben kann.",
    "Liegen die Nachweise nicht vor, wird Herr K. schriftlich zur Mitwirkung aufgefordert.",
    "Werden die Schritte nicht umgesetzt, kann das Jobcenter sie durch Verwaltungsakt festlegen.",
    "Rechtsfolgenbelehrung: Kommen Sie den Pflichten ohne wichtigen Grund nicht nach, drohen Minderungen.",
])
def test_threats_in_many_forms_are_errors(sentence):
    assert _sanction_errors(sentence)


def test_undated_text_naming_eingliederungsvereinbarung_is_read_as_egv():
    res = check_text("Eingliederungsvereinbarung\n\nHerr K. bewirbt sich monatlich fünfmal.\n", today=TODAY)
    assert res.regime == "egv"


def _codes(sentence: str) -> list[str]:
    res = check_text(HEAD + sentence + "\n", today=TODAY)
    return [f.code for f in res.findings if f.start >= len(HEAD)]


@pytest.mark.parametrize("sentence", [
    "Ich bin verpflichtet, Änderungen in meinen Verhältnissen unverzüglich mitzuteilen.",
    "Hiermit fordere ich Sie auf, sich bis zum 30.09.2026 bei der Firma Krone zu bewerben.",
    "Frau K. hat bis zum 30.09.2026 drei Bewerbungen nachzuweisen.",
])
def test_duties_in_first_second_and_third_person_are_directive(sentence):
    assert {"KS101", "KS102"} & set(_codes(sentence))


def test_an_instruction_to_staff_is_not_a_command_to_the_person():
    assert "KS101" not in _codes("Die Mitwirkung ist monatlich durch die Fachkraft zu überprüfen.")
