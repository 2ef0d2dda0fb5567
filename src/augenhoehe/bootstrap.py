"""The composition root: builds the application once for the CLI, wsgi, manage.py and the tests.

Only `augenhoehe.cli` and `augenhoehe.web` import this module (an import-linter contract says
so). It names the settings, runs `django.setup()` once and installs the one clock.
"""

from __future__ import annotations

import os

from augenhoehe.domain import clock

SETTINGS_MODULE = "augenhoehe.web.settings"


def configure(settings_module: str | None = None) -> None:
    """Name the settings module unless the environment already does (nothing is loaded yet)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module or SETTINGS_MODULE)


def setup(settings_module: str | None = None) -> None:
    """Build the application: settings, Django's app registry and the clock; safe to call twice."""
    configure(settings_module)
    import django
    from django.apps import apps
    from django.utils import timezone

    if not apps.ready:
        django.setup()
    clock.use(timezone.localdate)


def warm_checker() -> None:
    """Load the checker's language models now, so the first live check is fast."""
    from augenhoehe.check import check_text

    check_text("Berufsziel\nPflegehelferin\n\nNächste Schritte\n- Sie bewerben sich bis zum 01.12.2026.\n",
               today=clock.today())
