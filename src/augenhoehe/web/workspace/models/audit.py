"""Append-only audit log of who read and changed what."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy


class AuditEvent(models.Model):
    """One read or change of a case by a person; never edited by the app."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                              related_name="+")
    action = models.CharField(max_length=40)
    case_id_ref = models.BigIntegerField(null=True, db_index=True)
    object_type = models.CharField(max_length=40, blank=True)
    object_id = models.BigIntegerField(null=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = gettext_lazy("Protokolleintrag")
        verbose_name_plural = gettext_lazy("Protokoll")
        ordering = ["-at"]

    def __str__(self) -> str:
        from django.utils import timezone

        from augenhoehe.web.guards.audit_labels import action_label

        who = self.actor.get_username() if self.actor_id and self.actor else self.detail.get("username", "unbekannt")
        case = f", Fall {self.case_id_ref}" if self.case_id_ref else ""
        return f"{timezone.localtime(self.at):%d.%m.%Y %H:%M} – {action_label(self.action)} – {who}{case}"
