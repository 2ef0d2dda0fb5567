"""Template context: whether single sign-on is offered on the login page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def sso(request: HttpRequest) -> dict[str, bool]:
    """`sso_enabled` for the login page."""
    return {"sso_enabled": bool(getattr(settings, "OIDC_ENABLED", False))}
