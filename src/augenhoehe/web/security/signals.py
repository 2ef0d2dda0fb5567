"""Successful, failed and locked-out logins go to the audit log (with user name and address)."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest


def client_address(request: HttpRequest | None) -> str | None:
    """The client's address as the login throttling sees it (REMOTE_ADDR or the proxy's header)."""
    if request is None:
        return None
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request)


def _where(request: HttpRequest | None) -> dict[str, Any]:
    if request is None:
        return {}
    return {"ip": client_address(request), "path": request.path}


@receiver(user_logged_in, dispatch_uid="augenhoehe-audit-login")
def audit_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    from augenhoehe.web.workspace.services import audit

    audit.record(user, "login.success", username=user.get_username(), **_where(request))


@receiver(user_logged_out, dispatch_uid="augenhoehe-audit-logout")
def audit_logout(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    from augenhoehe.web.workspace.services import audit

    if user is not None:
        audit.record(user, "logout", username=user.get_username(), **_where(request))


@receiver(user_login_failed, dispatch_uid="augenhoehe-audit-login-failed")
def audit_login_failed(sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None,
                       **kwargs: Any) -> None:
    from augenhoehe.web.workspace.services import audit

    audit.record(None, "login.failed", username=str(credentials.get("username", ""))[:150], **_where(request))


@receiver(user_locked_out, dispatch_uid="augenhoehe-audit-locked-out")
def audit_locked_out(sender: Any, request: HttpRequest, username: str | None = None,
                     ip_address: str | None = None, **kwargs: Any) -> None:
    from augenhoehe.web.workspace.services import audit

    audit.record(None, "login.locked", username=(username or "")[:150], ip=ip_address,
                 path=getattr(request, "path", None))
