"""Summons (Aufforderung, Verpflichtung) and Schlichtung: always separate from the plan."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy

from augenhoehe.web.workspace.models.case import TEXT_LIMIT, Case, public_id_field
from augenhoehe.web.workspace.models.plan import PlanStep


class Summons(models.Model):
    """A separate document with its own Rechtsfolgenbelehrung, referring to one plan step."""

    class Kind(models.TextChoices):
        AUFFORDERUNG = "aufforderung", gettext_lazy("Aufforderung zur Mitwirkung")
        VERPFLICHTUNG = "verpflichtung", gettext_lazy("Verpflichtung durch Verwaltungsakt (§ 15a)")

    public_id = public_id_field()
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="summonses")
    step = models.ForeignKey(PlanStep, null=True, blank=True, on_delete=models.PROTECT,
                             related_name="summonses")
    kind = models.CharField(gettext_lazy("Art"), max_length=20, choices=Kind.choices)
    regime = models.CharField(max_length=20)
    issued_on = models.DateField(gettext_lazy("Datum"))
    obligation = models.TextField(gettext_lazy("Geforderte Mitwirkung"), max_length=TEXT_LIMIT)
    frequency = models.CharField(gettext_lazy("Häufigkeit"), max_length=100, blank=True)
    proof_form = models.CharField(gettext_lazy("Form des Nachweises"), max_length=200, blank=True)
    proof_deadline = models.DateField(gettext_lazy("Frist für den Nachweis"), null=True, blank=True)
    legal_consequences = models.TextField(gettext_lazy("Rechtsfolgenbelehrung"), max_length=TEXT_LIMIT)
    resolved_on = models.DateField(gettext_lazy("Erledigt am"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("Aufforderung/Verpflichtung")
        verbose_name_plural = gettext_lazy("Aufforderungen/Verpflichtungen")
        ordering = ["-issued_on"]


class Schlichtung(models.Model):
    """A Schlichtung under § 15a (Bürgergeld only): neutral person, four weeks at most."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="schlichtungen")
    requested_by = models.CharField(max_length=20, choices=[("client", "Kundin/Kunde"),
                                                            ("jobcenter", "Jobcenter")])
    requested_on = models.DateField(gettext_lazy("Beantragt am"))
    reason = models.TextField(gettext_lazy("Worum es geht"), max_length=TEXT_LIMIT)
    neutral_person = models.CharField(gettext_lazy("Schlichtende Person"), max_length=200, blank=True)
    ends_on = models.DateField(gettext_lazy("Endet spätestens am"))
    outcome = models.TextField(gettext_lazy("Ergebnis"), max_length=TEXT_LIMIT, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("Schlichtung")
        verbose_name_plural = gettext_lazy("Schlichtungen")
        ordering = ["-requested_on"]
