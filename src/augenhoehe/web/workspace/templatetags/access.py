"""`{% load access %}` … `{% if user|may:"work_on_cases" %}`: the one access check in templates."""

from __future__ import annotations

from typing import Any

from django import template

from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.services.access import may as _may

register = template.Library()


@register.filter
def may(user: Any, capability: str) -> bool:
    """True when the user has the named capability (a Capability value)."""
    return _may(user, Capability(capability))
