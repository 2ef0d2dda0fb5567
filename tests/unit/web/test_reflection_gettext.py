"""The reflection app's views, services and instruments pass every user-facing string through gettext."""

from __future__ import annotations

from pathlib import Path

from tests.unit.web.test_gettext_everywhere import raw_strings

APP = Path(__file__).resolve().parents[3] / "src" / "augenhoehe" / "web" / "reflection"
SCANNED = sorted([*APP.glob("views/*.py"), *APP.glob("services/*.py"), APP / "instruments.py",
                  APP / "exercises.py"])


def test_the_reflection_app_has_no_raw_german_strings():
    found = [hit for path in SCANNED for hit in raw_strings(path.read_text(encoding="utf-8"), path.name)]
    assert not found, "\n".join(found)
