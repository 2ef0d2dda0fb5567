"""German by default; another language only when the person chose it (stored on the user, or the cookie)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class ChosenLanguageMiddleware:
    """Activate the chosen language, else German; ignore Accept-Language.

    A logged-in person's stored choice (`User.language`) comes first, so it follows them to any
    device; before login the language cookie decides. Runs after the authentication middleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.supported = {code for code, _ in settings.LANGUAGES}

    def chosen(self, request: HttpRequest) -> str:
        """The language to show: the user's stored choice, the cookie, or German."""
        user = getattr(request, "user", None)
        stored = getattr(user, "language", "") if user is not None and user.is_authenticated else ""
        for candidate in (stored, request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")):
            if candidate in self.supported:
                return candidate
        return settings.LANGUAGE_CODE

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = self.chosen(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language  # type: ignore[attr-defined]
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
