"""Server errors: a German "bitte erneut versuchen" page (503) while the database is unreachable.

Used as handler500. The page is rendered without the request context, because the database (and
with it the session and the user) is what is missing. Once the database is back, the next request
opens a new connection: the app recovers without a restart.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string


def server_error(request: HttpRequest) -> HttpResponse:
    """503 with Retry-After when the database is away, else the German 500 page."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return HttpResponse(render_to_string("503.html"), status=503, headers={"Retry-After": "10"})
    return HttpResponseServerError(render_to_string("500.html"))
