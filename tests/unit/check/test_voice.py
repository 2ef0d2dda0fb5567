"""The person's voice: what BT101/BT102 and the Beteiligung features recognise (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from augenhoehe.check import check_text
from augenhoehe.check.voice import has_choice, own_words, voice_marks

TODAY = date(2026, 11, 24)


def _codes(text: str) -> set[str]:
    return {f.code for f in check_text(text, "p.txt", today=TODAY).findings}


def test_a_first_person_template_of_duties_has_no_voice_of_its_own() -> None:
    template = ("Mein Kooperationsplan vom 02.11.2026\n\nMeine nächsten Schritte\n"
                "- Ich bemühe mich intensiv um Arbeit.\n- Ich bin verpflichtet, Änderungen sofort mitzuteilen.\n")
    assert voice_marks(template) == 0
    assert "BT101" in _codes(template)


def test_a_first_person_plan_with_wishes_has_a_voice() -> None:
    plan = ("Mein Kooperationsplan vom 02.11.2026\n\nMein Ziel\nIch will eine Ausbildung zum "
            "Zweiradmechatroniker machen. Fahrräder reparieren kann ich immer noch gut.\n")
    assert voice_marks(plan) >= 2
    assert "BT101" not in _codes(plan)


def test_a_step_on_the_persons_wish_is_their_choice() -> None:
    text = ("Kooperationsplan vom 02.11.2026\n\nSchritte\n- Auf seinen Wunsch wird zunächst nur in Lindenau "
            "gesucht.\n- Herr Keller schickt ab dem 05.11.2026 jede Woche zwei Bewerbungen ab.\n")
    assert has_choice(text)
    assert "BT102" not in _codes(text)


def test_quotations_count_as_the_persons_words_only_when_they_are() -> None:
    assert own_words("Kd. will lt. eigener Aussage „wieder in einen richtigen Malerbetrieb“.") == 1
    assert own_words("Sie sagt: „Ich will richtig arbeiten.“") == 1
    assert own_words("Teilnahme an der Maßnahme „Job-Aktiv Nord“ ab dem 05.11.") == 0
