"""Clients, their cases and the Potenzialanalyse."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy

from augenhoehe.web.accounts.models import Team

TEXT_LIMIT = 4000
"""Longest free text a field accepts (about one page)."""


def public_id_field() -> models.UUIDField:
    """The id that names an object in URLs: random (UUID4), unique, never edited (ADR 0012).

    The sequential database id stays inside the server (foreign keys, audit log); a URL never carries it,
    so nobody can count cases or guess the address of another case's page, letter or upload.
    """
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


class Client(models.Model):
    """A leistungsberechtigte Person; may have a portal login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="client_profile",
    )
    first_name = models.CharField(gettext_lazy("Vorname"), max_length=100)
    last_name = models.CharField(gettext_lazy("Nachname"), max_length=100)
    birth_year = models.PositiveSmallIntegerField(gettext_lazy("Geburtsjahr"), null=True, blank=True)
    preferred_language = models.CharField(gettext_lazy("Bevorzugte Sprache"), max_length=50, blank=True)

    class Meta:
        verbose_name = gettext_lazy("Leistungsberechtigte Person")
        verbose_name_plural = gettext_lazy("Leistungsberechtigte Personen")

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"


class ClosingReason(models.TextChoices):
    """Why a case was closed (a category; details belong in a Vermerk)."""

    WORK = "work", gettext_lazy("Arbeit oder Ausbildung aufgenommen")
    NO_NEED = "no_need", gettext_lazy("Kein Leistungsbezug mehr (z. B. Einkommen, Rente, andere Leistung)")
    MOVED = "moved", gettext_lazy("Umzug oder anderes Jobcenter zuständig")
    NO_CONTACT = "no_contact", gettext_lazy("Kein Kontakt mehr")
    OTHER = "other", gettext_lazy("Sonstiges")


class Case(models.Model):
    """One client's case, held by one caseworker in one team."""

    public_id = public_id_field()
    reference = models.CharField(gettext_lazy("Aktenzeichen"), max_length=40, unique=True)
    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="cases")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="cases")
    caseworker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="caseload"
    )
    opened_on = models.DateField(gettext_lazy("Eröffnet am"))
    closed_on = models.DateField(gettext_lazy("Beendet am"), null=True, blank=True)
    closed_reason = models.CharField(gettext_lazy("Grund der Beendigung"), max_length=20, blank=True,
                                     choices=ClosingReason.choices)
    cooperation_assessment = models.PositiveSmallIntegerField(
        "Einschätzung der Zusammenarbeit (1–5)", null=True, blank=True,
        help_text=gettext_lazy("Subjektive Einschätzung der Fachkraft; nur für die Team-Auswertung zum Creaming."))

    class Meta:
        verbose_name = gettext_lazy("Fall")
        verbose_name_plural = gettext_lazy("Fälle")
        indexes = [models.Index(fields=["caseworker", "closed_on"]), models.Index(fields=["team"])]

    def __str__(self) -> str:
        return f"{self.reference} ({self.client})"


class PotentialAnalysisRecord(models.Model):
    """The Potenzialanalyse of a case (§ 15 Abs. 1); the newest one counts."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="potential_analyses")
    conducted_on = models.DateField(gettext_lazy("Durchgeführt am"))
    strengths = models.TextField(gettext_lazy("Stärken"), max_length=TEXT_LIMIT, blank=True)
    obstacles = models.JSONField(gettext_lazy("Erschwerende Umstände"), default=dict, blank=True)
    wishes = models.TextField(gettext_lazy("Wünsche in eigenen Worten"), max_length=TEXT_LIMIT, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("Potenzialanalyse")
        verbose_name_plural = gettext_lazy("Potenzialanalysen")
        ordering = ["-conducted_on", "-id"]


class Contact(models.Model):
    """A counselling contact with its duration (for the team-level creaming analysis)."""

    class Channel(models.TextChoices):
        IN_PERSON = "in_person", gettext_lazy("persönlich")
        PHONE = "phone", gettext_lazy("Telefon")
        VIDEO = "video", gettext_lazy("Video")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contacts")
    date = models.DateField(gettext_lazy("Datum"))
    minutes = models.PositiveSmallIntegerField(gettext_lazy("Dauer in Minuten"))
    channel = models.CharField(gettext_lazy("Art"), max_length=20, choices=Channel.choices, default=Channel.IN_PERSON)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = gettext_lazy("Kontakt")
        verbose_name_plural = gettext_lazy("Kontakte")
        ordering = ["-date"]
