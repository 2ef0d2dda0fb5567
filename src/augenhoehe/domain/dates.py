"""Date helpers: German formatting and month arithmetic for review deadlines."""

from __future__ import annotations

import calendar
from datetime import date

from augenhoehe.domain.regimes import MAX_REVIEW_MONTHS


def format_date(day: date) -> str:
    """Format a date the German way, e.g. 05.03.2026."""
    return day.strftime("%d.%m.%Y")


def add_months(day: date, months: int) -> date:
    """Add calendar months, clamping to the month's last day (31.1. + 1 → 28./29.2.)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def latest_review_date(concluded_on: date) -> date:
    """The last day the plan may be reviewed on (§ 15 Abs. 3: six months)."""
    return add_months(concluded_on, MAX_REVIEW_MONTHS)
