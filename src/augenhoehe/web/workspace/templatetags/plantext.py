"""`{% load plantext %}` … `{% if s.due_date and not s|names_deadline %}`: a due date is shown once, never twice."""

from __future__ import annotations

from typing import Any

from django import template

from augenhoehe.domain.render import names_deadline as _names_deadline

register = template.Library()


@register.filter
def names_deadline(step: Any) -> bool:
    """True when the step's text already names its due date."""
    return _names_deadline(step.text, step.due_date)
