"""The languages of augenhoehe: German (binding), Einfache Sprache, and the languages clients read.

Einfache Sprache is its own catalogue with the code `de-simple` (Django locale `de_Simple`): a
German variant, so Django's own texts fall back to German, and the browser reads `lang="de-simple"`
as German. The client portal is complete in every language here; the staff pages in German and
English (`STAFF_LANGUAGES`). Arabic is written right to left (Django's `LANGUAGES_BIDI`).
"""

from __future__ import annotations

LANGUAGES = [
    ("de", "Deutsch"),
    ("de-simple", "Deutsch – Einfache Sprache"),
    ("en", "English"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("ru", "Русский"),
]
"""Code and name in its own language, as the language switch shows it."""

PORTAL_LANGUAGES = tuple(code for code, _name in LANGUAGES)
STAFF_LANGUAGES = ("de", "en")
BINDING_LANGUAGE = "de"
"""Legal explanations in any other language carry a note that the German text is binding."""
