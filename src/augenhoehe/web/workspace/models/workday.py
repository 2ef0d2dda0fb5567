"""What a caseworker needs every day beside the plan: messages, notes, appointments, evidence, offers."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from augenhoehe.web.accounts.models import Jobcenter
from augenhoehe.web.workspace.models.case import TEXT_LIMIT, Case, Contact, public_id_field
from augenhoehe.web.workspace.models.plan import PlanStep

MESSAGE_LIMIT = 2000
"""Longest message in the thread of a case."""


class Side(models.TextChoices):
    """Which side of the conversation wrote or uploaded something."""

    CLIENT = "client", "Kundin/Kunde"
    STAFF = "staff", "Jobcenter"


class StaffProfile(models.Model):
    """How the client reaches a caseworker (printed on the plan and the letters)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile")
    phone = models.CharField("Telefon", max_length=50, blank=True)
    room = models.CharField("Zimmer", max_length=50, blank=True)

    class Meta:
        verbose_name = "Erreichbarkeit der Fachkraft"
        verbose_name_plural = "Erreichbarkeit der Fachkräfte"


class Message(models.Model):
    """One message in the conversation of a case, in either direction."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    side = models.CharField(max_length=10, choices=Side.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("Nachricht", max_length=MESSAGE_LIMIT)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField("Gelesen am", null=True, blank=True)

    class Meta:
        verbose_name = "Nachricht"
        verbose_name_plural = "Nachrichten"
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["case", "side", "read_at"])]


class CaseNote(models.Model):
    """A Vermerk: an internal note of the Jobcenter on a case, never shown to the client."""

    public_id = public_id_field()
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("Vermerk", max_length=TEXT_LIMIT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField("Geändert am", null=True, blank=True)

    class Meta:
        verbose_name = "Vermerk"
        verbose_name_plural = "Vermerke"
        ordering = ["-created_at", "-id"]


class Appointment(models.Model):
    """An invitation to a meeting: when, how and where."""

    Channel = Contact.Channel

    public_id = public_id_field()
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="appointments")
    starts_at = models.DateTimeField("Beginn")
    minutes = models.PositiveSmallIntegerField("Dauer in Minuten", default=30)
    channel = models.CharField("Art", max_length=20, choices=Channel.choices, default=Channel.IN_PERSON)
    place = models.CharField("Ort, Telefonnummer oder Video-Link", max_length=300)
    purpose = models.CharField("Worum es geht", max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField("Abgesagt am", null=True, blank=True)
    cancel_reason = models.CharField("Grund der Absage", max_length=300, blank=True)
    previous_starts_at = models.DateTimeField("Vorher vereinbarter Beginn", null=True, blank=True)
    """The start before the last change, so the client sees what moved."""
    sequence = models.PositiveIntegerField(default=0)
    """How often the invitation changed (iCalendar SEQUENCE: calendars replace the older version)."""

    class Meta:
        verbose_name = "Termin"
        verbose_name_plural = "Termine"
        ordering = ["starts_at"]


class Evidence(models.Model):
    """An uploaded Nachweis (PDF, JPEG, PNG), stored outside the web root under a random name."""

    public_id = public_id_field()
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence")
    step = models.ForeignKey(PlanStep, null=True, blank=True, on_delete=models.SET_NULL, related_name="uploads")
    side = models.CharField(max_length=10, choices=Side.choices)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    original_name = models.CharField("Dateiname", max_length=200)
    stored_name = models.CharField(max_length=100, unique=True)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Nachweis"
        verbose_name_plural = "Nachweise"
        ordering = ["-created_at", "-id"]


class Offer(models.Model):
    """An offer of the Jobcenter (Maßnahme, AVGS, Bildungsgutschein, Förderung) to pick as a step."""

    class Kind(models.TextChoices):
        MASSNAHME = "massnahme", "Maßnahme"
        AVGS = "avgs", "Aktivierungs- und Vermittlungsgutschein (AVGS)"
        BILDUNGSGUTSCHEIN = "bildungsgutschein", "Bildungsgutschein"
        FOERDERUNG = "foerderung", "Förderung"

    jobcenter = models.ForeignKey(Jobcenter, null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="offers", help_text="Leer: für alle Jobcenter.")
    kind = models.CharField("Art", max_length=20, choices=Kind.choices)
    title = models.CharField("Titel", max_length=200)
    provider = models.CharField("Träger", max_length=200, blank=True)
    description = models.TextField("Beschreibung", max_length=TEXT_LIMIT, blank=True)
    active = models.BooleanField("Aktiv", default=True)

    class Meta:
        verbose_name = "Angebot"
        verbose_name_plural = "Angebote"
        ordering = ["kind", "title"]

    def __str__(self) -> str:
        return self.title
