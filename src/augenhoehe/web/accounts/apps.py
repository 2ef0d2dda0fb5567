"""App config for accounts."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Accounts app."""

    name = "augenhoehe.web.accounts"
    verbose_name = "Konten"
