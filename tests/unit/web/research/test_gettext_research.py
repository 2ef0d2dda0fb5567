"""Every user-facing string of the research app's views, services and forms goes through gettext."""

from __future__ import annotations

from pathlib import Path

from tests.unit.web.test_gettext_everywhere import raw_strings

APP = Path(__file__).resolve().parents[4] / "src" / "augenhoehe" / "web" / "research"
SCANNED = sorted([*APP.glob("views/*.py"), *APP.glob("services/*.py"), APP / "forms.py"])


def test_no_raw_german_string_in_the_research_app() -> None:
    assert len(SCANNED) >= 7
    offenders = [line for path in SCANNED
                 for line in raw_strings(path.read_text(encoding="utf-8"), str(path.relative_to(APP)))]
    assert offenders == [], "wrap these in gettext:\n" + "\n".join(offenders)
