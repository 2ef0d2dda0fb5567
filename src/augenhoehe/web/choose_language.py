"""The language switch: Django's set_language (cookie), and for logged-in people also their account."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST
from django.views.i18n import set_language


@require_POST
def choose_language(request: HttpRequest) -> HttpResponse:
    """Set the language cookie and remember the choice on the logged-in user."""
    response = set_language(request)
    language = request.POST.get("language", "")
    user = getattr(request, "user", None)
    if language in {code for code, _ in settings.LANGUAGES} and user is not None and user.is_authenticated:
        if getattr(user, "language", None) != language:
            user.language = language  # type: ignore[union-attr]
            user.save(update_fields=["language"])  # type: ignore[union-attr]
    return response
