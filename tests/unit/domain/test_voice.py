"""A client's proposal in the first person becomes a step in the plan's voice."""

from __future__ import annotations

import pytest

from augenhoehe.domain.voice import to_plan_voice


@pytest.mark.parametrize(("mine", "plan"), [
    ("Ich gehe zur Jobmesse am 12.10.", "Sie gehen zur Jobmesse am 12.10."),
    ("Ich bewerbe mich bei meiner alten Firma", "Sie bewerben sich bei Ihrer alten Firma"),
    ("Am Montag rufe ich die Pflegeschule an", "Am Montag rufen Sie die Pflegeschule an"),
    ("Ich möchte einen Erste-Hilfe-Kurs machen", "Sie möchten einen Erste-Hilfe-Kurs machen"),
    ("Ich kann vormittags arbeiten", "Sie können vormittags arbeiten"),
    ("Erste-Hilfe-Kurs beim DRK", "Erste-Hilfe-Kurs beim DRK"),
])
def test_first_person_becomes_the_plans_voice(mine: str, plan: str) -> None:
    assert to_plan_voice(mine) == plan
