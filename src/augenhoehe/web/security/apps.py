"""The hardening app: login auditing, denied-access auditing, the append-only audit trigger."""

from __future__ import annotations

from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Connects the login signals to the audit log."""

    name = "augenhoehe.web.security"
    label = "security"
    verbose_name = "Sicherheit"

    def ready(self) -> None:
        from augenhoehe.web.security import signals  # noqa: F401 (connects receivers)
