"""Users, their role and their team; teams belong to a Jobcenter."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy

from augenhoehe.web.languages import LANGUAGES


class Jobcenter(models.Model):
    """A Jobcenter (gemeinsame Einrichtung or zugelassener kommunaler Träger)."""

    name = models.CharField(gettext_lazy("Name"), max_length=200, unique=True)

    class Meta:
        verbose_name = gettext_lazy("Jobcenter")
        verbose_name_plural = gettext_lazy("Jobcenter")

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    """A team of caseworkers led by a team lead."""

    jobcenter = models.ForeignKey(Jobcenter, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField(gettext_lazy("Name"), max_length=200)

    class Meta:
        verbose_name = gettext_lazy("Team")
        verbose_name_plural = gettext_lazy("Teams")
        unique_together = [("jobcenter", "name")]

    def __str__(self) -> str:
        return f"{self.name} ({self.jobcenter})"


class Role(models.TextChoices):
    """What a user does in the Jobcenter."""

    CASEWORKER = "caseworker", gettext_lazy("Integrationsfachkraft")
    TEAM_LEAD = "team_lead", gettext_lazy("Teamleitung")
    CLIENT = "client", gettext_lazy("Leistungsberechtigte Person")
    ADMIN = "admin", gettext_lazy("Administration")
    RESEARCHER = "researcher", gettext_lazy("Forschung")


class User(AbstractUser):
    """A person who logs in; staff have a team, clients have a case."""

    role = models.CharField(gettext_lazy("Rolle"), max_length=20, choices=Role.choices, default=Role.CLIENT)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    language = models.CharField(
        "Sprache", max_length=12, blank=True, default="", choices=LANGUAGES,
        help_text=gettext_lazy("Gewählte Sprache der Oberfläche; leer: Deutsch oder die Wahl im Browser."),
    )
    must_change_password = models.BooleanField(
        gettext_lazy("Muss das Passwort ändern"), default=False,
        help_text=gettext_lazy("Nach einem Anfangspasswort: Bis die Person ein eigenes Passwort gesetzt hat, "
                               "öffnet sich nur die Seite zum Ändern."),
    )

    class Meta:
        verbose_name = gettext_lazy("Benutzer")
        verbose_name_plural = gettext_lazy("Benutzer")

    @property
    def display_name(self) -> str:
        """Full name or user name."""
        return self.get_full_name() or self.username
