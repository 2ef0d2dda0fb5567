"""What the pseudonymiser replaces, what it keeps, and that placeholders stay consistent."""

from __future__ import annotations

from augenhoehe.privacy import Pseudonymiser, pseudonymise

PLAN = """Kooperationsplan vom 04.03.2025
für Herrn Tobias Wendler, geb. 17.05.1991, Kastanienweg 7, 31134 Hildesheim
BG-Nr. 25301BG0048812, Aktenzeichen 123D45678
Ihre Ansprechperson: Frau Sieglinde Marquardt, Telefon 05121 969-4412, s.marquardt@jc-test.de
Ziel: Lagerist bei der Fahrschule Kranz GmbH oder bei Bäckerei Kornblum.
Herr Wendler schickt Frau Marquardt bis 14.03.2025 seinen Lebenslauf.
i. A. Marquardt
"""


def test_every_identifying_item_is_replaced():
    text = pseudonymise(PLAN).text
    for secret in ("Tobias", "Wendler", "17.05.1991", "Kastanienweg", "31134", "Hildesheim",
                   "25301BG0048812", "123D45678", "Sieglinde", "Marquardt", "969-4412",
                   "s.marquardt@jc-test.de", "Kranz", "Kornblum"):
        assert secret not in text, secret


def test_other_text_and_process_dates_survive():
    text = pseudonymise(PLAN).text
    for kept in ("Kooperationsplan vom 04.03.2025", "Ziel: Lagerist bei der", "seinen Lebenslauf",
                 "bis 14.03.2025"):
        assert kept in text


def test_placeholders_are_consistent():
    text = pseudonymise(PLAN).text
    assert "Herrn Person A, geb. Geburtsdatum 1, Adresse 1" in text
    assert "Herr Person A schickt Frau Person B" in text
    assert "i. A. Person B" in text
    assert "Arbeitgeber 1" in text and "Arbeitgeber 2" in text


def test_surname_only_mentions_follow_gender_of_family_members():
    text = ("Herr Emre Yilmaz, Frau Derya Yilmaz und Herr Can Yilmaz. Herr Yilmaz arbeitet. "
            "Frau Yilmaz fragt ihren Arbeitgeber.")
    out = pseudonymise(text).text
    assert out.startswith("Herr Person A, Frau Person B und Herr Person C.")
    assert "Herr Person A arbeitet" in out and "Frau Person B fragt" in out


def test_names_without_title_are_found_by_first_name_signature_and_surname_comma():
    cases = {
        "Unser Plan für Lena Hoffmann. Lena macht den Abschluss.": ("Lena", "Hoffmann"),
        "KoopPlan 28.01.25 – Falk, Rüdiger (57)": ("Falk", "Rüdiger"),
        "Wir sprechen im März wieder.\n\nIm Auftrag\nScholz\n": ("Scholz",),
        "Hallo Jamal, wir haben gesprochen.": ("Jamal",),
        "Ihr Sohn Till geht in die Kita.": ("Till",),
    }
    for text, secrets in cases.items():
        out = pseudonymise(text).text
        for s in secrets:
            assert s not in out, (text, out)


def test_headings_and_nouns_are_not_taken_for_names():
    text = "Rechtsfolgenbelehrung\nKommen Sie den Pflichten nach.\n\nUnterschriften\n"
    assert pseudonymise(text).text == text
    text = "Das Jobcenter unterbreitet Frau Lindner Vermittlungsvorschläge."
    assert pseudonymise(text).text == "Das Jobcenter unterbreitet Frau Person A Vermittlungsvorschläge."


def test_consistency_across_texts_and_mapping():
    ps = Pseudonymiser()
    a = ps.process("Frau Olena Kovalenko, Tel. 0176 44556677").text
    b = ps.process("Frau Kovalenko ruft an: 0176 44556677").text
    assert a == "Frau Person A, Tel. Telefon 1"
    assert b == "Frau Person A ruft an: Telefon 1"
    mapping = ps.mapping_dict()
    assert mapping["Person A"] == ["Kovalenko", "Olena Kovalenko"]
    assert mapping["Telefon 1"] == ["0176 44556677"]


def test_dates_shift_consistently_and_birthdates_become_placeholders():
    text = "Plan vom 28.02.2025, geb. 01.01.1990, Termin am 3. März 2025 und bis 10.03."
    out = pseudonymise(text, shift_days=3).text
    assert out == "Plan vom 03.03.2025, geb. Geburtsdatum 1, Termin am 6. März 2025 und bis 13.03."


def test_date_ranges_shift_as_a_whole():
    out = pseudonymise("Praktikum vom 12. bis 23. Oktober, Kurs 3. bis 7. März 2025.", shift_days=10).text
    assert out == "Praktikum vom 22. Oktober bis 2. November, Kurs 13. bis 17. März 2025."


def test_offsets_map_spans_between_original_and_new_text():
    result = pseudonymise(PLAN)
    om = result.offsets
    i = PLAN.index("seinen Lebenslauf")
    j = om.to_new(i)
    assert result.text[j:j + len("seinen Lebenslauf")] == "seinen Lebenslauf"
    assert om.to_old(j) == i
    k = PLAN.index("Wendler schickt")
    s, e = om.span_to_new(k, k + 7)
    assert result.text[s:e] == "Person A"
    for r in result.replacements:
        assert result.text[r.new_start:r.new_end] == r.placeholder
    assert "Wendler" not in str(result.to_dict())
