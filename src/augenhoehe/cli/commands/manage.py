"""`augenhoehe manage …`: Django's management commands (migrate, createsuperuser, …)."""

from __future__ import annotations

import argparse

NAME = "manage"
HELP = "Django-Verwaltungsbefehle ausführen (z. B. migrate, createsuperuser)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Pass everything after `manage` to Django."""
    parser.add_argument("django_args", nargs=argparse.REMAINDER)


def run(args: argparse.Namespace) -> int:
    """Run a Django management command."""
    from django.core.management import execute_from_command_line

    from augenhoehe import bootstrap

    bootstrap.setup()

    execute_from_command_line(["augenhoehe manage", *args.django_args])
    return 0
