"""Plausible dates where people type them: no year 1 or 9999 in plans, contacts and letters.

A typo such as 01.01.0001 or 31.12.9999 would otherwise be stored and feed the team figures
(contact minutes per case, the creaming indicators). Dates must lie between the start of SGB II
(01.01.2005) and a few years ahead; dates of things that already happened (contacts) not in the future.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms

EARLIEST = date(2005, 1, 1)  # SGB II in force
YEARS_AHEAD = 5


def latest(today: date) -> date:
    """The last date accepted for planned things (review dates, deadlines)."""
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


class PlausibleDateField(forms.DateField):
    """A date field that refuses dates outside EARLIEST … today + 5 years (or … today with past_only)."""

    def __init__(self, *args: Any, past_only: bool = False, **kwargs: Any) -> None:
        self.past_only = past_only
        super().__init__(*args, **kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value in self.empty_values:
            return
        from augenhoehe.domain.clock import today

        day = today()
        last = day if self.past_only else latest(day)
        if not EARLIEST <= value <= last:
            raise forms.ValidationError(
                f"Bitte ein Datum zwischen dem {EARLIEST:%d.%m.%Y} und dem {last:%d.%m.%Y} angeben.",
                code="implausible_date")
