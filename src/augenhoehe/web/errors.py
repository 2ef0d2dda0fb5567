"""The one error edge: the project's errors that leave a view become German (or translated) pages.

Services raise `augenhoehe.domain.errors` types, never HTTP exceptions. A view may show a
ValidationError next to its form (`form.add_error`) or as a message (`views.common.flash_errors`);
whatever it does not handle arrives here:

| error                       | page                          | HTMX request                  |
| --------------------------- | ----------------------------- | ----------------------------- |
| NotFound                    | 404 (404.html)                | 404 (404.html)                |
| PermissionDenied            | 403 (403.html)                | 403 (403.html)                |
| ConflictError               | 409, errors/page.html         | 200, errors/_fragment.html    |
| ValidationError, the rest   | 400, errors/page.html         | 200, errors/_fragment.html    |

HTMX swaps only 2xx answers, so fragments come with 200 and replace the request's target.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from augenhoehe.domain.errors import AugenhoeheError, ConflictError, NotFound, PermissionDenied


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """An expired or missing CSRF token: say so plainly; nothing was saved."""
    return render(request, "403_csrf.html", status=403)


class ErrorEdgeMiddleware:
    """Map AugenhoeheError and its subclasses to pages and HTMX fragments (see the module table)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """Answer the project's own errors; leave every other exception to Django."""
        if isinstance(exception, NotFound):
            raise Http404(str(exception)) from exception
        if isinstance(exception, PermissionDenied):
            raise DjangoPermissionDenied(str(exception)) from exception
        if not isinstance(exception, AugenhoeheError):
            return None
        context = {"message": str(exception), "conflict": isinstance(exception, ConflictError)}
        if getattr(request, "htmx", False):
            return render(request, "errors/_fragment.html", context)
        return render(request, "errors/page.html", context, status=409 if context["conflict"] else 400)
