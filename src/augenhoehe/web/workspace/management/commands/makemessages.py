"""Django's makemessages, also finding the checker's feature labels (`Feature(name, label, direction)`).

The labels are the reasons the checker gives for a low score (`check/features.py`); the web shows them
in the reader's language. Marking the second argument of `Feature` as a msgid keeps that module free of
translation calls (Django: "Customizing the makemessages command").
"""

from __future__ import annotations

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    """makemessages with one more keyword."""

    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=Feature:2"]
