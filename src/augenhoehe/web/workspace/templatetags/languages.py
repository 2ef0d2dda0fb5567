"""The language switch lists every language in its own name (`{% language_choices as choices %}`)."""

from __future__ import annotations

from django import template

from augenhoehe.web.languages import LANGUAGES

register = template.Library()


@register.simple_tag
def language_choices() -> list[tuple[str, str]]:
    """Code and native name of each language; Django's get_available_languages would translate the names."""
    return list(LANGUAGES)
