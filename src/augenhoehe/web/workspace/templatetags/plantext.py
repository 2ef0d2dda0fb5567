"""`{% load plantext %}` … `{% if s.due_date and not s|names_deadline %}`: a due date is shown once, never twice."""

from __future__ import annotations

from typing import Any

from django import template

from augenhoehe.domain.render import names_deadline as _names_deadline
from augenhoehe.domain.voice import to_plan_voice

register = template.Library()


@register.filter
def names_deadline(step: Any) -> bool:
    """True when the step's text already names its due date."""
    return _names_deadline(step.text, step.due_date)


@register.filter
def plan_voice(text: str) -> str:
    """A client's first-person proposal in the plan's voice (the caseworker may edit it)."""
    return to_plan_voice(text)


@register.filter
def get_item(mapping: dict, key: str) -> Any:
    """mapping[key] in a template (None when missing)."""
    return mapping.get(key)
