"""`augenhoehe serve`: run the web app with gunicorn on 127.0.0.1:8000."""

from __future__ import annotations

import argparse
import os
import sys

NAME = "serve"
HELP = "Web-Anwendung starten (gunicorn)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the serve command."""
    parser.add_argument("--bind", default="127.0.0.1:8000", help="Adresse:Port")
    parser.add_argument("--workers", type=int, default=4, help="Anzahl Prozesse")
    parser.add_argument("--threads", type=int, default=2, help="Threads je Prozess")


def run(args: argparse.Namespace) -> int:
    """Collect static files, then hand over to gunicorn."""
    from augenhoehe import bootstrap

    bootstrap.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    os.execv(sys.executable, [
        sys.executable, "-m", "gunicorn", "augenhoehe.web.wsgi:application", "--bind", args.bind,
        "--workers", str(args.workers), "--threads", str(args.threads), "--preload",
        "--access-logfile", "-", "--log-level", "warning",
    ])
