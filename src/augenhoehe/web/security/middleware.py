"""Browser-facing hardening: no caching of pages, a Content-Security-Policy, session limits."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

# No inline script anywhere (templates load static files only); style attributes carry the widths of
# the bar charts, so only those stay allowed. Frames, plugins and foreign form targets are refused.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class BrowserHeadersMiddleware:
    """Every dynamic response (pages, PDFs, CSV) is not stored by browsers or proxies; CSP on pages.

    Static files are answered by WhiteNoise before this middleware and stay cacheable.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers["Cache-Control"] = "no-store, private"
        response.headers["Pragma"] = "no-cache"
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


class SessionLimitsMiddleware:
    """Log out after SESSION_IDLE_SECONDS without a request and SESSION_MAX_SECONDS after login."""

    TOUCH_EVERY = 60  # seconds; avoids a session write on every request

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault("augenhoehe_started", now)
            last = session.get("augenhoehe_seen", now)
            idle = now - last > settings.SESSION_IDLE_SECONDS
            if idle or now - started > settings.SESSION_MAX_SECONDS:
                return self._expired(request, idle)
            if now - last >= self.TOUCH_EVERY or "augenhoehe_seen" not in session:
                session["augenhoehe_seen"] = now
        return self.get_response(request)

    def _expired(self, request: HttpRequest, idle: bool) -> HttpResponse:
        logout(request)
        if idle:
            minutes = settings.SESSION_IDLE_SECONDS // 60
            text = f"Sie wurden nach {minutes} Minuten ohne Aktivität abgemeldet. Bitte melden Sie sich neu an."
        else:
            text = "Ihre Sitzung ist abgelaufen (Ende des Arbeitstags). Bitte melden Sie sich neu an."
        messages.info(request, text)
        if request.headers.get("HX-Request"):
            return HttpResponse(status=204, headers={"HX-Redirect": reverse("login")})
        return redirect_to_login(request.get_full_path())


class DeniedAccessAuditMiddleware:
    """Record refused requests (403, 404, 405) on case, portal, team and admin URLs in the audit log.

    A caseworker probing case addresses of another team leaves a trace, even though the answer reveals nothing:
    the public id asked for and, when it names a case, that case's database id (for the data-protection officer).
    """

    PREFIXES = ("/faelle/", "/portal/", "/team/", "/meine-kennzahlen/", "/admin/")
    STATUSES = (403, 404, 405)

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code in self.STATUSES and request.path.startswith(self.PREFIXES):
            from augenhoehe.web.workspace.models import Case
            from augenhoehe.web.workspace.services import audit

            match = getattr(request, "resolver_match", None)
            public_id = match.kwargs.get("case_public_id") if match else None
            named = Case.objects.filter(public_id=public_id) if public_id else Case.objects.none()
            case_id = named.values_list("pk", flat=True).first()
            audit.record(getattr(request, "user", None), "access.denied", status=response.status_code,
                         method=request.method, path=request.path[:300],
                         route=match.url_name if match else None,
                         case_public_id=str(public_id) if public_id else None, case_id=case_id)
        return response


class MethodNotAllowedPageMiddleware:
    """A GET on a POST-only address answers the German error page instead of Django's empty 405."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            from django.shortcuts import render

            page = render(request, "405.html", status=405)
            page["Allow"] = response.get("Allow", "")
            return page
        return response


class AccessReasonMiddleware:
    """A teammate's case without a recorded reason (AUGENHOEHE_CASE_ACCESS=reason): ask for the reason."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from augenhoehe.web.guards.grants import AccessReasonRequired

        if not isinstance(exception, AccessReasonRequired):
            return None
        from urllib.parse import urlencode

        target = reverse("case_access_reason", kwargs={"case_public_id": exception.public_id})
        if request.method == "GET" and not request.headers.get("HX-Request"):
            target += "?" + urlencode({"next": request.get_full_path()})
        if request.headers.get("HX-Request"):
            return HttpResponse(status=204, headers={"HX-Redirect": target})
        return HttpResponseRedirect(target)


class PasswordChangeRequiredMiddleware:
    """After an initial password (`User.must_change_password`) only the password page and logging out are open.

    A caseworker hands the initial password over once (`workspace.services.client_login`); from the first
    login the person chooses their own, so nobody else knows it.
    """

    OPEN = ("password_change", "password_change_done", "logout", "set_language")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and getattr(user, "must_change_password", False):
            if request.path not in {reverse(name) for name in self.OPEN} \
                    and not request.path.startswith(settings.STATIC_URL):
                if request.headers.get("HX-Request"):
                    return HttpResponse(status=204, headers={"HX-Redirect": reverse("password_change")})
                return HttpResponseRedirect(reverse("password_change"))
        return self.get_response(request)
