"""Time in a plan: the plan date, each step's due date and frequency, resolved against the plan date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from augenhoehe.domain import clock

_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember")
_MONTH_ALT = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember" \
             "|Jan\\.?|Feb\\.?|Mär\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Okt\\.?|Nov\\.?|Dez\\.?"
_NUM = {"einer": 1, "einem": 1, "eine": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
        "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "vierzehn": 14}

NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\d.]))?")
NAMED = re.compile(rf"(?<!\d)(\d{{1,2}})\.\s?({_MONTH_ALT})(?:\s+(\d{{4}}))?", re.I)
MONTH_YEAR = re.compile(rf"\b((?:Ende|Anfang|Mitte)\s+)?({_MONTH_ALT})(?:\s+(\d{{4}}))?(?!\w)", re.I)
NUM_MONTH_YEAR = re.compile(r"(?<![\d.])(\d{1,2})/(\d{2}(?:\d{2})?)(?![\d/])")
_RELATIVE = re.compile(
    r"\b(?:innerhalb|binnen)\s+(?:von\s+|der\s+nächsten\s+)?(\d+|\w+)\s+(Tag|Tage|Tagen|Woche|Wochen|Wo\.|Monat|Monaten)\b"
    r"|\bin\s+(?:den\s+nächsten\s+)?(\d+|zwei|drei|vier|fünf|sechs|acht)\s+(Tagen|Wochen|Monaten)\b", re.I)
_KW = re.compile(r"\b(?:KW|Kalenderwoche)\s?(\d{1,2})\b", re.I)
_TODAY = re.compile(r"\b(heute|noch heute|im Gespräch|sofort|direkt im Termin)\b", re.I)
_FREQUENCY = re.compile(
    r"\b(?:jeden|jede|jedes|alle)\s+(?:\w+\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Tag|Tage|Woche|Wochen|Monat|Monate|Quartal)\b"
    r"|\b(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|werktags)\b"
    r"|\b(?:täglich|tägl\.|wöchentlich|wöch\.|monatlich|mtl\.|mtl\b|vierzehntägig|14-tägig|zweiwöchentlich|"
    r"quartalsweise|halbjährlich|laufend|fortlaufend)"
    r"|\b(?:\w+mal|\d+\s?x|\d+-mal)\s+(?:pro|im|in\s+der|je|die)\s+(?:Woche|Monat|Tag|Quartal|Kalendermonat)\b"
    r"|\b(?:pro|je|im|/)\s?(?:Woche|Monat|Kalendermonat|Wo\.)(?!\w)",
    re.I)
_START = re.compile(r"\b(ab|seit|vom|von|beginnend)\s*(dem\s+|der\s+|den\s+)?$", re.I)
_DEADLINE = re.compile(r"\b(bis|spätestens|zum|bis\s+zum|bis\s+spätestens|bis\s+Ende|Frist)\s*"
                       r"(zum\s+|am\s+|Ende\s+)?$", re.I)
_RANGE_DASH = re.compile(r"^\s*(?:[–—-]|bis)\s*$")
_WEEKDAY_NAMES = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_BY_WEEKDAY = re.compile(r"(?<!jeden )\b(?:bis|am|zum|spätestens)\s+(?:(?:zum|am)\s+)?(?:kommenden|nächsten)?\s*"
                         r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b", re.I)
_DURATION = re.compile(r"\b(\d{1,2}|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf)\s+(Wo\.|Wochen|Monate)(?!\w)", re.I)


def _month(name: str) -> int | None:
    low = name.lower().rstrip(".").replace("jänner", "januar").replace("maerz", "märz")
    for i, m in enumerate(_MONTHS):
        if m.startswith(low[:3]) and (len(low) <= 4 or m == low):
            return i + 1
    return None


def _year(y: str | None, month: int, day: int, base: date) -> int:
    if y:
        n = int(y)
        return n + 2000 if n < 100 else n
    guess = date(base.year, month, min(day, 28))
    return base.year + 1 if guess < base - timedelta(days=60) else base.year


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def date_mentions(text: str, base: date) -> list[tuple[int, int, date, str]]:
    """Every resolvable date in text: (start, end, value, kind) with kind 'day' or 'month'."""
    found: list[tuple[int, int, date, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in NUMERIC.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        value = _safe(_year(m.group(3), mo, d, base), mo, d)
        if value:
            found.append((m.start(), m.end(), value, "day"))
            taken.append((m.start(), m.end()))
    for m in NAMED.finditer(text):
        named = _month(m.group(2))
        if named and free(m.start(), m.end()):
            value = _safe(_year(m.group(3), named, int(m.group(1)), base), named, int(m.group(1)))
            if value:
                found.append((m.start(), m.end(), value, "day"))
                taken.append((m.start(), m.end()))
    for m in MONTH_YEAR.finditer(text):
        month = _month(m.group(2))
        if not month or not free(m.start(), m.end()):
            continue
        if m.group(2).lower().rstrip(".") in ("mai", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
                                              "sept", "okt", "nov", "dez", "mär") and not m.group(3) \
                and not m.group(1) and not re.search(r"\b(bis|im|ab|Ende|Anfang|Mitte|zum|seit)\s+$",
                                                     text[max(0, m.start() - 8):m.start()]):
            continue
        y = _year(m.group(3), month, 28, base)
        which = (m.group(1) or "").strip().lower()
        value = date(y, month, 15) if which == "mitte" else date(y, month, 1) if which == "anfang" else _last(y, month)
        found.append((m.start(), m.end(), value, "month"))
        taken.append((m.start(), m.end()))
    for m in NUM_MONTH_YEAR.finditer(text):
        mo = int(m.group(1))
        if 1 <= mo <= 12 and free(m.start(), m.end()):
            y = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
            found.append((m.start(), m.end(), _last(y, mo), "month"))
            taken.append((m.start(), m.end()))
    return sorted(found)


def due_date(text: str, base: date | None) -> date | None:
    """The date by which a step is to be done, or None (start dates and frequencies are not due dates)."""
    if base is None:
        base = clock.today()
    mentions = date_mentions(text, base)
    deadlines, points, ranges = [], [], []
    for i, (a, _b, value, _kind) in enumerate(mentions):
        before = text[max(0, a - 25):a]
        if i > 0 and _RANGE_DASH.match(text[mentions[i - 1][1]:a]):
            ranges.append(value)
            continue
        if _DEADLINE.search(before):
            deadlines.append(value)
        elif _START.search(before):
            continue
        else:
            points.append(value)
    if deadlines:
        return deadlines[0]
    if ranges:
        return ranges[0]
    starts = [v for a, _b, v, _k in mentions if _START.search(text[max(0, a - 25):a])]
    length = _DURATION.search(text)
    if starts and length and not points:
        return _end_after(starts[0], length.group(1), length.group(2))
    rel = _RELATIVE.search(text)
    if rel:
        n_raw = (rel.group(1) or rel.group(3) or "").lower()
        unit = (rel.group(2) or rel.group(4) or "").lower()
        n = int(n_raw) if n_raw.isdigit() else _NUM.get(n_raw)
        if n:
            if unit.startswith("tag"):
                return base + timedelta(days=n)
            if unit.startswith("wo"):
                return base + timedelta(weeks=n)
            m = base.month - 1 + n
            return _safe(base.year + m // 12, m % 12 + 1, base.day) or _last(base.year + m // 12, m % 12 + 1)
    kw = _KW.search(text)
    if kw and not points:
        week = int(kw.group(1))
        year = base.year if week >= base.isocalendar()[1] - 8 else base.year + 1
        try:
            return date.fromisocalendar(year, week, 5)  # "in KW 14": by the Friday of that working week
        except ValueError:
            return None
    if points:
        return points[-1]
    weekday = _BY_WEEKDAY.search(text)
    if weekday:  # "bis Freitag": the next such day after the plan date
        ahead = (_WEEKDAY_NAMES.index(weekday.group(1).lower()) - base.weekday()) % 7 or 7
        return base + timedelta(days=ahead)
    if _TODAY.search(text) and not frequency(text):
        return base
    return None


def _end_after(start: date, count: str, unit: str) -> date:
    """The last working day of a course that starts on `start` and lasts `count` weeks or months."""
    n = int(count) if count.isdigit() else _NUM.get(count.lower(), 0)
    if unit.lower().startswith("wo"):
        end = start + timedelta(weeks=n) - timedelta(days=1)
    else:
        m = start.month - 1 + n
        end = (_safe(start.year + m // 12, m % 12 + 1, start.day) or _last(start.year + m // 12, m % 12 + 1)) \
            - timedelta(days=1)
    while end.weekday() >= 5:
        end -= timedelta(days=1)
    return end


def frequency(text: str) -> str | None:
    """How often a step recurs ("monatlich", "jeden Montag"), as written, or None."""
    found = [m.group(0) for m in _FREQUENCY.finditer(text)]
    return ", ".join(dict.fromkeys(found)) if found else None


def first_date(text: str, base: date | None = None) -> date | None:
    """The first day-precise date in a text (plan dates, review dates)."""
    for _a, _b, value, kind in date_mentions(text, base or clock.today()):
        if kind == "day":
            return value
    return None


# "Mentions a time at all" (the rules' question whether a step is timed), broader than what resolves to a
# date: "bis Ende des Monats", "in der nächsten Woche", "am Dienstag", "ab sofort", "zweimal pro Woche".
_DAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
_NUMWORD = r"(?:\d+|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)"
DEADLINE_PHRASE = re.compile(
    rf"\b(?:(?:bis|ab)\s+(?:zum|zur|spätestens|Ende|Anfang|Mitte)?\s*|spätestens\s+(?:(?:Ende|Anfang|Mitte)\s+)?|"
    rf"(?:Ende|Anfang|Mitte)\s+)(?:(?:des\s+)?(?:Monats|Woche|Jahres|Quartals)|{_MONTH_ALT}|"
    rf"{_DAYS}|KW\s?\d+|nächste[nr]?\s+(?:Woche|Monat|{_DAYS}))"
    rf"|\binnerhalb\s+(?:von\s+)?(?:der\s+nächsten\s+)?{_NUMWORD}\s+(?:Tagen|Tage|Wochen|Woche|Monaten|Monat)"
    rf"|\bin\s+{_NUMWORD}\s+(?:Tagen|Wochen|Monaten)\b|\bim\s+(?:{_MONTH_ALT})\b|\bab\s+sofort\b"
    rf"|\b(?:am|vom|zum)\s+{_DAYS}\b|\bin\s+der\s+(?:nächsten|kommenden)\s+Woche\b"
    rf"|\bbis\s+(?:Ende\s+)?(?:\d{{1,2}}/)?20\d\d\b",
    re.I,
)
RECURRING = re.compile(
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


def has_deadline(text: str) -> bool:
    """The text names a date or a deadline ("bis Ende März", "in KW 14", "innerhalb von zwei Wochen")."""
    return bool(NUMERIC.search(text) or NAMED.search(text) or _KW.search(text) or NUM_MONTH_YEAR.search(text)
                or DEADLINE_PHRASE.search(text))


def checkable_frequency(found: str | None) -> bool:
    """A frequency one can check: "monatlich", "jeden Montag"; not "laufend" or "fortlaufend" alone."""
    return bool(found) and not re.fullmatch(r"(?:fort)?laufend", (found or "").strip(), re.I)


def has_time(text: str) -> bool:
    """The text names a date, a deadline or a checkable frequency."""
    return has_deadline(text) or bool(RECURRING.search(text)) or checkable_frequency(frequency(text))
