"""The one clock: today's date for the domain, the checker's callers and the web.

AUGENHOEHE_TODAY (YYYY-MM-DD) pins it for demos and tests. The composition root
(augenhoehe.bootstrap) installs the web's source (Django's local date in TIME_ZONE);
without it the clock falls back to the system date.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

_source: list[Callable[[], date]] = [date.today]


def today() -> date:
    """The date the law of the day is taken from."""
    pinned = os.environ.get("AUGENHOEHE_TODAY")
    if pinned:
        return date.fromisoformat(pinned)
    return _source[0]()


def use(source: Callable[[], date]) -> None:
    """Take "today" from source from now on (the composition root calls this once)."""
    _source[0] = source
