"""URL routes of the web app."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from augenhoehe.web.choose_language import choose_language
from augenhoehe.web.security.views import case_access_reason

urlpatterns = [
    path("admin/", admin.site.urls),
    path("faelle/<uuid:case_public_id>/zugang/", case_access_reason, name="case_access_reason"),
    path("i18n/setlang/", choose_language, name="set_language"),
    path("forschung/", include("augenhoehe.web.research.urls")),
    path("reflexion/", include("augenhoehe.web.reflection.urls")),
    path("", include("augenhoehe.web.workspace.urls")),
]
if getattr(settings, "OIDC_ENABLED", False):  # single sign-on for staff (augenhoehe.web.security.oidc)
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

handler500 = "augenhoehe.web.security.errors.server_error"  # 503 "bitte erneut versuchen" without database
