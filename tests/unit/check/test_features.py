"""Features the scores build on measure what their labels say (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from augenhoehe.check import check_text

TODAY = date(2026, 11, 24)
PLAN = """Kooperationsplan vom 02.11.2026

Ziel
Frau Özdemir wünscht sich eine Ausbildung als Medizinische Fachangestellte.

Schritte
- Frau Özdemir bewirbt sich bis zum 30.11.2026 auf vier {kind}.
- Frau Özdemir meldet sich bis 14.11.2026 in der Jobbörse an.

Überprüfung
Wir besprechen den Plan gemeinsam am 15.01.2027.
"""
LEGAL = ("\nRechtsfolgenbelehrung\nVerstoßen Sie ohne wichtigen Grund gegen die Pflichten, wird das Bürgergeld "
         "nach § 31a SGB II gemindert; der Widerspruch hat keine aufschiebende Wirkung gemäß § 39 SGB II, und "
         "die Minderung dauert drei Monate (§ 31b Abs. 1 SGB II).\n")


def _features(text: str) -> dict[str, float]:
    return check_text(text, "p.txt", today=TODAY).features


def test_steps_towards_helper_jobs_do_not_fit_a_qualified_goal() -> None:
    fitting = _features(PLAN.format(kind="Ausbildungsplätze in Arztpraxen"))
    elsewhere = _features(PLAN.format(kind="Helferstellen im Lager"))
    assert fitting["goal_mismatch"] == 0.0
    assert elsewhere["goal_mismatch"] == 1.0


def test_helper_steps_that_fit_a_helper_goal_are_not_a_mismatch() -> None:
    text = PLAN.format(kind="Helferstellen im Lager").replace(
        "eine Ausbildung als Medizinische Fachangestellte", "eine Stelle als Lagerhelferin")
    assert _features(text)["goal_mismatch"] == 0.0


def test_legal_boilerplate_adds_nothing_to_what_a_plan_says_about_the_person() -> None:
    plain = _features(PLAN.format(kind="Ausbildungsplätze in Arztpraxen"))
    with_legal_text = _features(PLAN.format(kind="Ausbildungsplätze in Arztpraxen") + LEGAL)
    assert with_legal_text["vocabulary"] == plain["vocabulary"]


def test_the_checker_names_helper_steps_under_a_qualified_goal() -> None:
    result = check_text(PLAN.format(kind="Helferjobs"), "p.txt", today=TODAY)
    messages = [f.message for f in result.findings if f.code == "KO101"]
    assert messages and "Helfertätigkeiten" in messages[0]


def test_an_occupation_named_after_als_is_something_concrete_about_the_person() -> None:
    text = ("Kooperationsplan vom 02.11.2026\n\nZiel\nHerr Keller möchte als Mediengestalter arbeiten.\n\n"
            "Schritte\n- Er schickt bis zum 30.11.2026 drei Bewerbungen ab.\n")
    codes = {f.code for f in check_text(text, "p.txt", today=TODAY).findings}
    assert "AK103" not in codes
    generic = text.replace("als Mediengestalter arbeiten", "wieder arbeiten")
    assert "AK103" in {f.code for f in check_text(generic, "p.txt", today=TODAY).findings}


def test_a_step_under_a_dated_heading_is_timed_for_the_rules_too() -> None:
    """The reader gives the heading's date to the steps under it; the rules must not call them undated."""
    text = ("Kooperationsplan vom 02.11.2026\n\nZiel\nArbeit als Verkäuferin in Talheim.\n\n"
            "Bis Ende November\n- Frau Berg schreibt ihren Lebenslauf neu.\n"
            "- Frau Berg meldet sich in der Jobbörse an.\n\n"
            "Überprüfung\nWir besprechen den Plan gemeinsam am 15.01.2027.\n")
    result = check_text(text, "p.txt", today=TODAY)
    assert "AF102" not in {f.code for f in result.findings}
    assert result.features["timed_share"] == 1.0


def test_a_course_name_in_quotation_marks_is_not_the_persons_voice() -> None:
    base = ("Kooperationsplan vom 02.11.2026\n\nSchritte\n- Frau Berg nimmt ab dem 05.11.2026 an der Maßnahme "
            "„Job-Aktiv Nord“ teil.\n")
    quoted = base + "\nFrau Berg sagt: „Ich will wieder mit Menschen arbeiten.“\n"
    assert _features(base)["quotes"] == 0.0
    assert _features(quoted)["quotes"] == 1.0
    assert _features(quoted)["voice_count"] > _features(base)["voice_count"]


def test_the_jobcenters_good_wishes_are_not_the_persons_wishes() -> None:
    text = "Kooperationsplan vom 02.11.2026\n\nWir wünschen Ihnen viel Erfolg!\n"
    assert _features(text)["voice_count"] == 0.0


def test_feelings_and_self_assessment_are_traces_of_the_persons_voice() -> None:
    text = ("Kooperationsplan vom 02.11.2026\n\nOrganisieren macht mir Spaß. In Vorstellungsgesprächen werde "
            "ich nervös. Fahrräder reparieren kann ich immer noch gut.\n")
    assert _features(text)["voice_count"] == 3.0


def test_unexplained_abbreviations_make_a_plan_harder_to_read() -> None:
    spelled = _features("Kooperationsplan vom 02.11.2026\n\nDer Kunde schickt monatlich mindestens sechs "
                        "Bewerbungen und legt die Nachweise bis zum 5. des Folgemonats vor.\n")
    short = _features("Kooperationsplan vom 02.11.2026\n\nKd. schickt mtl. mind. 6 Bew., Nachw. jew. bis zum "
                      "5. d. Folgemonats, VV über AVGS.\n")
    explained = _features("Kooperationsplan vom 02.11.2026\n\nSie bekommen einen AVGS (Gutschein für ein "
                          "Coaching).\n")
    assert spelled["abbreviations"] == 0.0
    assert short["abbreviations"] > 30
    assert explained["abbreviations"] == 0.0


def test_a_step_that_works_against_a_named_obstacle_lowers_coherence() -> None:
    situation = ("Kooperationsplan vom 02.11.2026\n\nIhre Situation\nSie sind alleinerziehend; die Kita betreut "
                 "Ihren Sohn nur bis 12:30 Uhr.\n\nIhre Schritte\n")
    against = _features(situation + "- Sie bewerben sich bis 30.11.2026 auf sechs Stellen, auch im Schichtdienst "
                                    "und am Wochenende.\n")
    spared = _features(situation + "- Sie bewerben sich bis 30.11.2026 auf sechs Stellen ohne Schichtdienst, "
                                   "vormittags.\n")
    assert against["obstacles_worked_against"] == 1.0
    assert spared["obstacles_worked_against"] == 0.0
