"""Users, their role and their team; teams belong to a Jobcenter."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models

from augenhoehe.web.languages import LANGUAGES


class Jobcenter(models.Model):
    """A Jobcenter (gemeinsame Einrichtung or zugelassener kommunaler Träger)."""

    name = models.CharField("Name", max_length=200, unique=True)

    class Meta:
        verbose_name = "Jobcenter"
        verbose_name_plural = "Jobcenter"

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    """A team of caseworkers led by a team lead."""

    jobcenter = models.ForeignKey(Jobcenter, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField("Name", max_length=200)

    class Meta:
        verbose_name = "Team"
        verbose_name_plural = "Teams"
        unique_together = [("jobcenter", "name")]

    def __str__(self) -> str:
        return f"{self.name} ({self.jobcenter})"


class Role(models.TextChoices):
    """What a user does in the Jobcenter."""

    CASEWORKER = "caseworker", "Integrationsfachkraft"
    TEAM_LEAD = "team_lead", "Teamleitung"
    CLIENT = "client", "Leistungsberechtigte Person"
    ADMIN = "admin", "Administration"


class User(AbstractUser):
    """A person who logs in; staff have a team, clients have a case."""

    role = models.CharField("Rolle", max_length=20, choices=Role.choices, default=Role.CLIENT)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    language = models.CharField(
        "Sprache", max_length=12, blank=True, default="", choices=LANGUAGES,
        help_text="Gewählte Sprache der Oberfläche; leer: Deutsch oder die Wahl im Browser.",
    )

    class Meta:
        verbose_name = "Benutzer"
        verbose_name_plural = "Benutzer"

    @property
    def display_name(self) -> str:
        """Full name or user name."""
        return self.get_full_name() or self.username
