"""Django admin: research projects and their members (the material itself is edited in the app)."""

from __future__ import annotations

from django.contrib import admin

from augenhoehe.web.research.models import ResearchProject


@admin.register(ResearchProject)
class ResearchProjectAdmin(admin.ModelAdmin):
    """Name, origin and members of a project; who may open it is decided by membership."""

    list_display = ("name", "origin", "created_at")
    fields = ("name", "origin", "members")
    filter_horizontal = ("members",)
