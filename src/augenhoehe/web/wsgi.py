"""WSGI entry point; warms the checker once so the first live check in the editor is fast."""

import os

from django.core.wsgi import get_wsgi_application

from augenhoehe import bootstrap

bootstrap.configure()
application = get_wsgi_application()
bootstrap.setup()

if os.environ.get("AUGENHOEHE_WARM_CHECKER", "1") == "1":
    bootstrap.warm_checker()
