"""WSGI entry point; warms the checker once so the first live check in the editor is fast."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "augenhoehe.web.settings")
application = get_wsgi_application()

if os.environ.get("AUGENHOEHE_WARM_CHECKER", "1") == "1":
    from augenhoehe.check import check_text

    check_text("Berufsziel\nPflegehelferin\n\nNächste Schritte\n- Sie bewerben sich bis zum 01.12.2026.\n")
