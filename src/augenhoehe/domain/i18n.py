"""Marks German texts of the domain for translation without importing Django.

`gettext_noop` returns its argument unchanged; `make messages` (xgettext) finds every call and
puts the text into the web's catalogues, and the web translates it where it is shown
(`{% translate value %}`, `gettext(value)`). The PDF letters keep the German text.
"""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Return the German message unchanged; the call marks it for the translation catalogues."""
    return message
