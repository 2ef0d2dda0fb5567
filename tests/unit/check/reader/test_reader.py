"""The plan reader on layouts the old heading list did not know (texts written for these tests)."""

from datetime import date

from augenhoehe.check.reader import read_text

TODAY = date(2026, 11, 24)

UNUSUAL_HEADINGS = """Kooperationsplan mit Herrn Oskar Lindemann
Gespräch am 12.03.2026 mit Frau Demir (Jobcenter)

Wohin Herr Lindemann will
Arbeit als Gärtner in einer Baumschule in Talheim.

Was Herr L. erledigt
- Er meldet sich bis Ende März beim Gartenbaubetrieb Krone zum Probetag an.
- Er bewirbt sich jeden Monat auf zwei Stellen.

Hilfe vom Jobcenter
- Frau Demir schickt ihm innerhalb von zwei Wochen drei Stellenangebote.
- Wir fahren am 20.04.2026 gemeinsam zur Jobmesse.

Wie es weitergeht
Nächstes Gespräch: 15.06.2026, 10 Uhr.
"""

PROSE = """Kooperationsplan vom 07.04.2026

Frau Kraus führt seit 2021 einen kleinen Laden. Frau Kraus richtet bis zum 30.04.2026 einen Onlineshop ein \
und bietet ab Mai samstags Beratung an. Das Jobcenter übernimmt bis 15.05.2026 die Kosten für das Seminar.

Am 01.10.2026 besprechen wir gemeinsam, wie sich der Laden entwickelt hat.
"""

TABLE = """Kooperationsplan – Herr Peters – 03.09.2026

| Wer | Was | Bis wann |
|---|---|---|
| Herr Peters | sich zur Prüfung bei der Kammer anmelden | bis 15.10.2026 |
| Jobcenter | Lehrgangskosten übernehmen | 05.10.–20.11.2026 |

Nächster Termin: 14.12.2026
"""


def test_unknown_headings_are_read_by_meaning_and_parties_resolve_owners():
    reading = read_text(UNUSUAL_HEADINGS, today=TODAY)
    assert reading.client and "Lindemann" in reading.client
    assert any("Demir" in s for s in reading.staff)
    owners = [(s.owner, s.due, s.frequency) for s in reading.steps]
    assert owners[0] == ("client", date(2026, 3, 31), None)
    assert owners[1][0] == "client" and owners[1][2]
    assert owners[2] == ("jobcenter", date(2026, 3, 26), None)
    assert owners[3][0] == "both"
    assert reading.review_date == date(2026, 6, 15)
    assert reading.goal and "Gärtner" in reading.goal.text


def test_prose_without_headings_splits_coordinated_steps_and_skips_the_situation():
    reading = read_text(PROSE, today=TODAY)
    texts = [s.text for s in reading.steps]
    assert not any("führt seit" in t for t in texts)
    assert any(t.startswith("Frau Kraus richtet") for t in texts)
    assert any(t.startswith("bietet ab Mai") for t in texts)
    assert [s.owner for s in reading.steps] == ["client", "client", "jobcenter"]
    assert reading.review_date == date(2026, 10, 1)


def test_table_rows_take_owner_and_due_date_from_their_columns():
    reading = read_text(TABLE, today=TODAY)
    assert [(s.owner, s.due) for s in reading.steps] == [
        ("client", date(2026, 10, 15)), ("jobcenter", date(2026, 11, 20))]
    assert reading.review_date == date(2026, 12, 14)
    assert reading.plan_date == date(2026, 9, 3)


def test_vague_review_has_no_date_and_birth_dates_are_not_plan_dates():
    text = "Kooperationsplan\nHerr Albers, geb. 11.06.1987, 06.10.2026\n\nWir sprechen im Frühjahr wieder.\n"
    reading = read_text(text, today=TODAY)
    assert reading.plan_date == date(2026, 10, 6)
    assert reading.review_date is None


def test_reading_serialises_to_the_contract():
    data = read_text(TABLE, "t.txt", today=TODAY).to_dict()
    assert set(data) == {"source", "plan_date", "client", "staff", "goal", "interim_goal", "review_date", "steps"}
    step = data["steps"][0]
    assert TABLE[step["start"]:step["end"]] == step["text"]
    assert step["due"] == "2026-10-15"


def test_du_address_nominal_agents_and_wishes_in_subordinate_clauses():
    text = ("Dein Plan – 03.02.2026\n\nDas machst du\n- Du meldest dich bis 20.02.2026 bei der Berufsschule an.\n\n"
            "Was wir vereinbart haben\n"
            "Seitens des Jobcenters erfolgt bis 28.02.2026 die Ausgabe eines Bildungsgutscheins. "
            "Das Jobcenter unterstützt dich bei den Bewerbungen, wenn du das möchtest. "
            "Als Zwischenziel soll der Abschluss bis Juli 2026 geschafft sein.\n")
    reading = read_text(text, today=TODAY)
    owners = {s.text.split()[0]: s.owner for s in reading.steps}
    assert owners == {"Du": "client", "Seitens": "jobcenter", "Das": "jobcenter"}
    assert reading.interim_goal and "Zwischenziel" in reading.interim_goal.text


def test_abilities_and_habits_are_situation_not_steps():
    text = ("Kooperationsplan vom 03.02.2026\n\nHerr Lange verfügt über die Hochschulreife. "
            "Er zeichnet gern am Computer. Herr Lange bewirbt sich bis 28.02.2026 bei drei Agenturen.\n")
    assert [s.text.split()[2] for s in read_text(text, today=TODAY).steps] == ["bewirbt"]


def test_a_jobcenter_step_with_a_name_in_brackets_is_read_as_a_step() -> None:
    """The tagger reads "erstellt" after a bracket as a participle; the step must not be lost."""
    text = ("Kooperationsplan vom 14.08.2026\n\n"
            "Das Jobcenter (Frau Petersen) erstellt mit Herrn Keller am 29.08.2026 einen Lebenslauf. "
            "Es schickt ihm bis zum 15.09.2026 fünf Ausbildungsstellen.\n")
    reading = read_text(text, today=TODAY)
    owners = [(s.owner, s.due) for s in reading.steps]
    assert owners == [("jobcenter", date(2026, 8, 29)), ("jobcenter", date(2026, 9, 15))]


def test_indented_lines_under_a_list_item_elaborate_it_unless_they_bring_their_own_time() -> None:
    text = ("Kooperationsplan vom 12.12.2026\n\nDas machen Sie\n"
            "1. Sie gehen am 19. Dezember zur Gärtnerei Hartmann.\n"
            "   Dort fragen Sie nach dem Praktikum.\n"
            "2. Sie kaufen feste Arbeitsschuhe.\n"
            "   Sie bringen den Kassenzettel bis 31. Januar ins Jobcenter.\n")
    steps = [s.text for s in read_text(text, today=TODAY).steps]
    assert steps == ["Sie gehen am 19. Dezember zur Gärtnerei Hartmann.", "Sie kaufen feste Arbeitsschuhe.",
                     "Sie bringen den Kassenzettel bis 31. Januar ins Jobcenter."]


def test_a_goal_in_prose_without_the_word_ziel_is_found() -> None:
    text = ("Kooperationsplan vom 26.02.2026\n\nFrau Ullrich hat zwölf Jahre in der Buchhaltung gearbeitet. "
            "Angestrebt wird die Aufnahme einer Beschäftigung als Finanzbuchhalterin. "
            "Frau Ullrich bewirbt sich ab dem 06.05.2026 monatlich auf drei Stellen.\n")
    reading = read_text(text, today=TODAY)
    assert reading.goal is not None and "Finanzbuchhalterin" in reading.goal.text
    assert [s.owner for s in reading.steps] == ["client"]


def test_a_short_step_that_starts_with_the_clients_name_is_not_taken_for_a_name_line() -> None:
    """Regression: "Frau Berg schreibt ihren Lebenslauf neu." matched the pattern of a bare name line."""
    text = ("Kooperationsplan vom 02.11.2026\n\nBis Ende November\n- Frau Berg schreibt ihren Lebenslauf neu.\n"
            "- Frau Berg meldet sich in der Jobbörse an.\n")
    reading = read_text(text, today=TODAY)
    assert [(s.owner, s.due) for s in reading.steps] == [("client", date(2026, 11, 30))] * 2


def test_bis_dahin_takes_the_date_named_just_before() -> None:
    text = ("Kooperationsplan vom 02.03.2026\n\nHerr Ferreira meldet sich bis zum 30.04.2026 zum Kurs an. "
            "Frau Schuster klärt bis dahin die Finanzierung über einen Bildungsgutschein.\n")
    steps = read_text(text, today=TODAY).steps
    assert [(s.owner, s.due) for s in steps] == [("client", date(2026, 4, 30)), ("jobcenter", date(2026, 4, 30))]


def test_two_full_sentences_in_one_bullet_are_two_steps_a_fragment_is_not() -> None:
    text = ("Kooperationsplan vom 02.11.2026\n\nIhre Schritte\n"
            "- Sie bewerben sich monatlich auf sechs Stellen. Die Nachweise legen Sie bis zum 5. des Folgemonats vor.\n"
            "- Das Jobcenter bezahlt die Arbeitsschuhe. Bis 60 Euro.\n")
    steps = [s.text for s in read_text(text, today=TODAY).steps]
    assert steps == ["Sie bewerben sich monatlich auf sechs Stellen.",
                     "Die Nachweise legen Sie bis zum 5. des Folgemonats vor.",
                     "Das Jobcenter bezahlt die Arbeitsschuhe. Bis 60 Euro."]


def test_bringing_something_to_the_next_meeting_is_a_step_due_on_that_day() -> None:
    text = ("Mein Kooperationsplan vom 02.11.2026\n\nWas ich mache\n"
            "- Ich bewerbe mich bis 20.11.2026 bei drei Firmen.\n"
            "- Die Bewerbungen bringe ich zum nächsten Termin mit.\n\nNächster Termin\nAm 08.12.2026 um 10 Uhr.\n")
    reading = read_text(text, today=TODAY)
    assert reading.review_date == date(2026, 12, 8)
    assert [(s.text, s.due) for s in reading.steps][-1] == (
        "Die Bewerbungen bringe ich zum nächsten Termin mit.", date(2026, 12, 8))
