"""Recorded reasons for opening a teammate's case (least privilege inside a team)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

REASONS = [
    ("vertretung", "Vertretung (Urlaub, Krankheit, Abwesenheit)"),
    ("fallberatung", "Kollegiale Fallberatung"),
    ("uebernahme", "Übernahme des Falls"),
    ("sonstiges", "Sonstiges (bitte erläutern)"),
]


class CaseAccessGrant(models.Model):
    """A caseworker may open a teammate's case until `expires_at`, for the recorded reason."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_grants")
    case = models.ForeignKey("workspace.Case", on_delete=models.CASCADE, related_name="access_grants")
    reason = models.CharField("Grund", max_length=20, choices=REASONS)
    note = models.CharField("Erläuterung", max_length=300, blank=True)
    created_at = models.DateTimeField("Erteilt am", auto_now_add=True)
    expires_at = models.DateTimeField("Gültig bis", db_index=True)

    class Meta:
        verbose_name = "Zugriff auf fremden Fall"
        verbose_name_plural = "Zugriffe auf fremde Fälle"
        indexes = [models.Index(fields=["user", "case", "expires_at"])]

    def __str__(self) -> str:
        return f"{self.user} → Fall {self.case_id} ({self.get_reason_display()})"
