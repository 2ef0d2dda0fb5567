"""Django admin: full editing of master data, read-only audit log."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest

from augenhoehe.web.accounts.models import Jobcenter, Team, User
from augenhoehe.web.workspace import models as m


@admin.register(User)
class AugenhoeheUserAdmin(UserAdmin):
    """Users with role and team."""

    fieldsets = (*UserAdmin.fieldsets, ("Rolle", {"fields": ("role", "team")}))  # type: ignore[misc]
    list_display = ("username", "first_name", "last_name", "role", "team")
    list_filter = ("role", "team")


admin.site.register(Jobcenter)
admin.site.register(Team)
admin.site.register(m.Client)
admin.site.register(m.Case)


@admin.register(m.AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit log: viewable by admins, never editable."""

    list_display = ("at", "actor", "action", "case_id_ref", "object_type", "object_id")
    list_filter = ("action",)
    search_fields = ("action", "actor__username")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(m.Offer)
class OfferAdmin(admin.ModelAdmin):
    """The Jobcenter's catalogue of offers that caseworkers pick as Jobcenter steps."""

    list_display = ("title", "kind", "provider", "jobcenter", "active")
    list_filter = ("kind", "active", "jobcenter")
    search_fields = ("title", "provider")


admin.site.register(m.StaffProfile)
