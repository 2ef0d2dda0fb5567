#!/usr/bin/env python
"""Django's manage.py for developers; `augenhoehe manage` does the same."""

import sys

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    from augenhoehe import bootstrap

    bootstrap.setup()
    execute_from_command_line(sys.argv)
