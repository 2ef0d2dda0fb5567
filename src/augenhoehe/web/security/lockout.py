"""The German page shown while a login is locked after too many wrong passwords (django-axes)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def lockout_response(request: HttpRequest, original_response: HttpResponse | None = None,
                     credentials: dict[str, Any] | None = None) -> HttpResponse:
    """HTTP 429 with the German lockout notice and the waiting time in minutes."""
    cooloff = settings.AXES_COOLOFF_TIME
    minutes = int(cooloff.total_seconds() // 60) if cooloff else None
    return render(request, "auth/locked.html", {"failure_limit": settings.AXES_FAILURE_LIMIT,
                                                "cooloff_minutes": minutes}, status=429)
