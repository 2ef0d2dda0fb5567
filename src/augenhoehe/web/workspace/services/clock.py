"""Today's date for the app; AUGENHOEHE_TODAY (JJJJ-MM-TT) pins it for demos and tests."""

from __future__ import annotations

import os
from datetime import date

from django.utils import timezone


def today() -> date:
    """The date the law of the day is taken from."""
    pinned = os.environ.get("AUGENHOEHE_TODAY")
    if pinned:
        return date.fromisoformat(pinned)
    return timezone.localdate()
