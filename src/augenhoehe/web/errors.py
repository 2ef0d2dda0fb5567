"""German error views that Django would otherwise answer in English."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """An expired or missing CSRF token: say so plainly; nothing was saved."""
    return render(request, "403_csrf.html", status=403)
