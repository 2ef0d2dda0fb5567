"""Near-duplicate detection ignores swapped names, dates and numbers but not new content."""

from __future__ import annotations

from augenhoehe.check.corpus import duplicate_groups, normalise

TEMPLATE = ("Kooperationsplan vom {d}. Ziel: Integration in den Arbeitsmarkt. {n} bewirbt sich "
            "{k} Mal im Monat auf Stellen als Helfer. Das Jobcenter unterbreitet Vermittlungsvorschläge, "
            "soweit geeignete Stellenangebote vorliegen. Überprüfung am {d}.")


def test_normalise_replaces_names_dates_numbers():
    assert normalise("Herr Yilmaz kommt am 12.03.2026 mit 3 Nachweisen") == [
        "person", "kommt", "am", "datum", "mit", "zahl", "nachweisen"]


def test_template_copies_form_one_group_and_individual_plan_stays_out():
    texts = [TEMPLATE.format(d=f"{i + 1:02d}.0{i % 9 + 1}.2026", n=n, k=i + 2)
             for i, n in enumerate(["Herr Yilmaz", "Frau Schulz", "Herr Nowak Meyer", "Frau Ay"])]
    texts.append("Sie möchten als Erzieherin in Kassel arbeiten. Sie besuchen am 3.9. die Fachschule "
                 "und sprechen mit der Kita Sonnenschein über ein Praktikum.")
    assert duplicate_groups(texts) == [[0, 1, 2, 3]]


def test_single_text_has_no_groups():
    assert duplicate_groups(["nur ein Plan"]) == []
