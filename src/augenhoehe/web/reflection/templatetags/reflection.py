"""Small template helpers for the reflection pages."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: Any, key: str) -> Any:
    """mapping[key] in a template (dicts and QueryDicts), or None."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None
