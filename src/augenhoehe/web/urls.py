"""URL routes of the web app."""

from django.contrib import admin
from django.urls import include, path

from augenhoehe.web.choose_language import choose_language

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/setlang/", choose_language, name="set_language"),
    path("", include("augenhoehe.web.workspace.urls")),
]
