"""German dates, deadlines and frequencies found with own regexes; dateparser only normalises."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from augenhoehe.domain import clock

_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_MONTH_NUM = {
    m: i + 1
    for i, m in enumerate(
        "januar februar märz april mai juni juli august september oktober november dezember".split()
    )
}
_NUMWORD = r"(?:\d+|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)"
_DAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"

NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})\b)?")
NAMED_DATE = re.compile(rf"\b(\d{{1,2}})\.\s?({_MONTHS})(?:\s+(\d{{4}}))?", re.I)
DEADLINE = re.compile(
    rf"\b(?:(?:bis|ab)\s+(?:zum|zur|spätestens|Ende|Anfang|Mitte)?\s*|spätestens\s+(?:(?:Ende|Anfang|Mitte)\s+)?|"
    rf"(?:Ende|Anfang|Mitte)\s+)(?:(?:des\s+)?(?:Monats|Woche|Jahres|Quartals)|{_MONTHS}|"
    rf"{_DAYS}|KW\s?\d+|nächste[nr]?\s+(?:Woche|Monat|{_DAYS}))"
    rf"|\binnerhalb\s+(?:von\s+)?(?:der\s+nächsten\s+)?{_NUMWORD}\s+(?:Tagen|Tage|Wochen|Woche|Monaten|Monat)"
    rf"|\bin\s+{_NUMWORD}\s+(?:Tagen|Wochen|Monaten)\b|\bim\s+(?:{_MONTHS})\b|\bab\s+sofort\b"
    rf"|\b(?:am|vom|zum)\s+{_DAYS}\b|\bin\s+der\s+(?:nächsten|kommenden)\s+Woche\b"
    rf"|\bbis\s+(?:Ende\s+)?(?:\d{{1,2}}/)?20\d\d\b",
    re.I,
)
FREQUENCY = re.compile(
    rf"\b(?:jeden|jede|jedes|alle)\s+(?:{_NUMWORD}\s+)?(?:{_DAYS}|Tag|Tage|Woche|Wochen|Monat|Monate|"
    rf"Quartal)\b"
    rf"|\b(?:einmal|zweimal|dreimal|viermal|fünfmal|zehnmal|\d+\s?-?\s?mal|\d+\s?x)\s+"
    rf"(?:pro|im|in\s+der|je|in\s+jedem|jede[nr]?)\s+(?:Woche|Monat|Tag|Quartal|Kalendermonat)"
    rf"|\b(?:täglich|wöchentlich|monatlich|vierzehntägig|zweiwöchentlich|werktäglich|"
    rf"quartalsweise)\b"
    rf"|\b{_NUMWORD}\s+\w+\s+(?:pro|im|je|in\s+der)\s+(?:Woche|Monat|Kalendermonat)\b"
    rf"|\b(?:pro|im|je)\s+(?:Woche|Monat|Kalendermonat)\b",
    re.I,
)


@dataclass(frozen=True)
class TimeExpr:
    """A found date, deadline or frequency with its span and (for dates) normalised value."""

    kind: str
    start: int
    end: int
    text: str
    value: date | None = None


def _year_guess(day: int, month: int, year: str | None, base: date) -> date | None:
    try:
        if year:
            y = int(year)
            y = y + 2000 if y < 100 else y
            return date(y, month, day)
        candidate = date(base.year, month, day)
        return candidate
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def normalise(span: str, base: date) -> date | None:
    """Normalise one found date span with dateparser.parse (never search_dates)."""
    import dateparser

    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
    }
    found = dateparser.parse(span, languages=["de"], settings=settings)  # type: ignore[arg-type]
    return found.date() if found else None


def find_dates(text: str, base: date | None = None) -> list[TimeExpr]:
    """Absolute dates (15.04.2026, 15.4., 1. Mai 2026) with normalised values."""
    base = base or clock.today()
    out: list[TimeExpr] = []
    for m in NUMERIC_DATE.finditer(text):
        value = _year_guess(int(m.group(1)), int(m.group(2)), m.group(3), base)
        if value is None and m.group(3):
            value = normalise(m.group(0), base)
        if value is not None:
            out.append(TimeExpr("date", m.start(), m.end(), m.group(0), value))
    for m in NAMED_DATE.finditer(text):
        month = _MONTH_NUM.get(m.group(2).lower().replace("jänner", "januar"))
        value = _year_guess(int(m.group(1)), month, m.group(3), base) if month else None
        if value is None:
            value = normalise(m.group(0), base)
        out.append(TimeExpr("date", m.start(), m.end(), m.group(0), value))
    return sorted(out, key=lambda e: e.start)


def find_times(text: str, base: date | None = None) -> list[TimeExpr]:
    """Every date, deadline and frequency expression in the text, ordered by position."""
    found = find_dates(text, base)
    found += [TimeExpr("deadline", m.start(), m.end(), m.group(0)) for m in DEADLINE.finditer(text)]
    found += [TimeExpr("frequency", m.start(), m.end(), m.group(0)) for m in FREQUENCY.finditer(text)]
    return sorted(found, key=lambda e: e.start)


def has_time(text: str) -> bool:
    """True when the text names a date, a deadline or a frequency."""
    return bool(
        NUMERIC_DATE.search(text) or NAMED_DATE.search(text) or DEADLINE.search(text)
        or FREQUENCY.search(text)
    )
