"""Plain-text hygiene for input that does not pass through a form (no NUL or control bytes)."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str, limit: int | None = None) -> str:
    """Drop control characters (PostgreSQL refuses NUL) and cut to the limit."""
    cleaned = _CONTROL.sub("", value)
    return cleaned[:limit] if limit is not None else cleaned
