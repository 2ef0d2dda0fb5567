"""Admin hardening, registered after augenhoehe.web.workspace.admin (app order in INSTALLED_APPS).

- the audit log with German columns, a readable entry, search by Aktenzeichen or person, CSV export;
- reads of clients and cases in the admin are written to the audit log;
- "Sperre aufheben" on users lifts a login lockout (django-axes).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from augenhoehe.web.accounts.models import User
from augenhoehe.web.security import audit_views
from augenhoehe.web.security.models import CaseAccessGrant
from augenhoehe.web.workspace import models as m
from augenhoehe.web.workspace.admin import AuditEventAdmin as BaseAuditEventAdmin
from augenhoehe.web.workspace.services import audit


class AuditedReadAdmin(admin.ModelAdmin):
    """Opening or changing a record in the admin is written to the audit log."""

    def _case_of(self, obj: Any) -> m.Case | None:
        return obj if isinstance(obj, m.Case) else None

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "",
                    extra_context: dict | None = None) -> HttpResponse:
        obj = self.get_object(request, object_id)
        if obj is not None and request.method == "GET":
            audit.record(request.user, "admin.read", self._case_of(obj), obj)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        audit.record(request.user, "admin.change", self._case_of(obj), obj,
                     fields=",".join(form.changed_data) if change else "neu")


class ClientAdmin(AuditedReadAdmin):
    """Leistungsberechtigte Personen (reads audited)."""

    list_display = ("last_name", "first_name", "birth_year")
    search_fields = ("last_name", "first_name")


class CaseAdmin(AuditedReadAdmin):
    """Fälle (reads audited)."""

    list_display = ("reference", "client", "team", "caseworker", "opened_on", "closed_on")
    search_fields = ("reference", "client__last_name")
    list_filter = ("team",)


class AuditEventAdmin(BaseAuditEventAdmin):
    """The audit log: viewable and exportable by admins, never editable (permissions from the base)."""

    list_display = ("when", "person", "action_de", "reference", "object_de", "detail_de")
    list_filter = ("action",)
    date_hierarchy = "at"
    search_fields = ("action", "actor__username")  # the real search: get_search_results below
    search_help_text = "Suche nach Aktenzeichen, Name der Person, Benutzername oder Aktion"
    actions = ["export_csv"]
    list_select_related = ("actor",)

    @admin.display(description="Zeitpunkt", ordering="at")
    def when(self, obj: m.AuditEvent) -> str:
        from django.utils import timezone

        return f"{timezone.localtime(obj.at):%d.%m.%Y %H:%M:%S}"

    @admin.display(description="Person", ordering="actor__username")
    def person(self, obj: m.AuditEvent) -> str:
        if obj.actor is None:
            return f"(unbekannt: {obj.detail.get('username')})" if obj.detail.get("username") else "–"
        return f"{obj.actor.get_full_name() or obj.actor.username} ({obj.actor.username})"

    @admin.display(description="Aktion", ordering="action")
    def action_de(self, obj: m.AuditEvent) -> str:
        return audit_views.action_label(obj.action)

    @admin.display(description="Aktenzeichen")
    def reference(self, obj: m.AuditEvent) -> str:
        if not obj.case_id_ref:
            return "–"
        case = m.Case.objects.filter(pk=obj.case_id_ref).values_list("reference", flat=True).first()
        return case or f"Fall {obj.case_id_ref} (gelöscht)"

    @admin.display(description="Objekt")
    def object_de(self, obj: m.AuditEvent) -> str:
        return f"{obj.object_type} {obj.object_id}" if obj.object_type else "–"

    @admin.display(description="Details")
    def detail_de(self, obj: m.AuditEvent) -> str:
        return "; ".join(f"{k}={v}" for k, v in sorted(obj.detail.items()))[:200]

    def get_search_results(self, request: HttpRequest, queryset: QuerySet,
                           search_term: str) -> tuple[QuerySet, bool]:
        return audit_views.search(queryset, search_term), False

    @admin.action(description="Ausgewählte Einträge als CSV exportieren (Datenschutz)")
    def export_csv(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        audit.record(request.user, "audit.export", entries=queryset.count())
        response = HttpResponse(audit_views.to_csv(queryset), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="protokoll.csv"'
        return response


@admin.register(CaseAccessGrant)
class CaseAccessGrantAdmin(admin.ModelAdmin):
    """Recorded reasons for opening a teammate's case: visible to admins, never editable."""

    list_display = ("created_at", "user", "case", "reason", "note", "expires_at")
    list_filter = ("reason",)
    search_fields = ("user__username", "case__reference")
    list_select_related = ("user", "case")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.action(description="Anmeldesperre aufheben")
def unlock_logins(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet) -> None:
    """Lift django-axes lockouts of the selected users and record who did it."""
    from axes.utils import reset

    for user in queryset:
        removed = reset(username=user.username)
        audit.record(request.user, "login.unlocked", username=user.username, attempts=removed)
    modeladmin.message_user(request, f"Anmeldesperre für {queryset.count()} Konto/Konten aufgehoben.",
                            messages.SUCCESS)


for model, model_admin in ((m.Client, ClientAdmin), (m.Case, CaseAdmin), (m.AuditEvent, AuditEventAdmin)):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)

_user_admin = admin.site.get_model_admin(User) if admin.site.is_registered(User) else None
if _user_admin is not None and unlock_logins not in (_user_admin.actions or []):
    _user_admin.actions = [*(_user_admin.actions or []), unlock_logins]
