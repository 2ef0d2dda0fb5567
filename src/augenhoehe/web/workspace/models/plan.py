"""The plan of a case, its versions, steps and the client's proposals."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy

from augenhoehe.domain.plan import AUTHOR_LABELS, OWNER_LABELS, SECTION_LABELS, STATUS_LABELS
from augenhoehe.web.workspace.models.case import TEXT_LIMIT, Case, public_id_field

SECTION_CHOICES = [(k.value, gettext_lazy(v)) for k, v in SECTION_LABELS.items()]
OWNER_CHOICES = [(k.value, gettext_lazy(v)) for k, v in OWNER_LABELS.items()]
STATUS_CHOICES = [(k.value, gettext_lazy(v)) for k, v in STATUS_LABELS.items()]
AUTHOR_CHOICES = [(k.value, gettext_lazy(v)) for k, v in AUTHOR_LABELS.items()]


class Plan(models.Model):
    """The Kooperationsplan of a case across all its versions; may be deferred with a reason."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="plan")
    deferred_reason = models.TextField(gettext_lazy("Grund für Aufschub"), max_length=TEXT_LIMIT, blank=True)
    deferred_until = models.DateField(gettext_lazy("Aufgeschoben bis"), null=True, blank=True)
    deferred_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("Kooperationsplan")
        verbose_name_plural = gettext_lazy("Kooperationspläne")


class PlanVersion(models.Model):
    """One version of the plan; agreed versions are frozen, a Fortschreibung adds a new one."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(gettext_lazy("Version"))
    plan_date = models.DateField(gettext_lazy("Datum des Plans"))
    goal = models.TextField(gettext_lazy("Berufsziel"), max_length=TEXT_LIMIT, blank=True)
    goal_author = models.CharField(max_length=20, choices=AUTHOR_CHOICES, default="caseworker")
    interim_goal = models.TextField(gettext_lazy("Kurzfristiges Zwischenziel"), max_length=TEXT_LIMIT, blank=True)
    interim_goal_author = models.CharField(max_length=20, choices=AUTHOR_CHOICES, default="caseworker")
    other_notes = models.TextField(gettext_lazy("Was sonst noch wichtig ist"), max_length=TEXT_LIMIT, blank=True)
    content_slots = models.JSONField(gettext_lazy("Inhalte nach § 15 Abs. 2"), default=dict, blank=True)
    review_date = models.DateField(gettext_lazy("Überprüfung am"), null=True, blank=True)
    concluded_on = models.DateField(gettext_lazy("Gemeinsam abgeschlossen am"), null=True, blank=True)
    concluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    client_confirmed_at = models.DateTimeField(gettext_lazy("Bestätigt am"), null=True, blank=True)
    client_confirmed_how = models.CharField(max_length=20, blank=True)
    reviewed_on = models.DateField(gettext_lazy("Überprüft am"), null=True, blank=True)
    review_notes = models.TextField(gettext_lazy("Ergebnis der Überprüfung"), max_length=TEXT_LIMIT, blank=True)
    revision = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    check_result = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("Planversion")
        verbose_name_plural = gettext_lazy("Planversionen")
        unique_together = [("plan", "number")]
        ordering = ["plan", "-number"]

    @property
    def is_agreed(self) -> bool:
        """True once the caseworker recorded the joint conclusion."""
        return self.concluded_on is not None


class PlanStep(models.Model):
    """One step of a plan version."""

    public_id = public_id_field()
    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveIntegerField(default=0)
    section = models.CharField(gettext_lazy("Rubrik"), max_length=40, choices=SECTION_CHOICES)
    owner = models.CharField(gettext_lazy("Wer"), max_length=20, choices=OWNER_CHOICES)
    text = models.TextField(gettext_lazy("Was"), max_length=1000)
    due_date = models.DateField(gettext_lazy("Bis wann"), null=True, blank=True)
    frequency = models.CharField(gettext_lazy("Wie oft"), max_length=100, blank=True)
    status = models.CharField(gettext_lazy("Stand"), max_length=20, choices=STATUS_CHOICES, default="open")
    evidence = models.CharField(gettext_lazy("Nachweis"), max_length=300, blank=True)
    author = models.CharField(gettext_lazy("Geschrieben von"), max_length=20, choices=AUTHOR_CHOICES)
    review_outcome = models.TextField(gettext_lazy("Ergebnis bei Überprüfung"), max_length=1000, blank=True)

    class Meta:
        verbose_name = gettext_lazy("Schritt")
        verbose_name_plural = gettext_lazy("Schritte")
        ordering = ["version", "position", "id"]


class Proposal(models.Model):
    """A client's proposal (new step, change) or comment on a plan version."""

    class Kind(models.TextChoices):
        NEW_STEP = "new_step", gettext_lazy("Vorschlag für einen Schritt")
        CHANGE = "change", gettext_lazy("Änderungswunsch")
        COMMENT = "comment", gettext_lazy("Kommentar")

    class State(models.TextChoices):
        OPEN = "open", gettext_lazy("offen")
        ACCEPTED = "accepted", gettext_lazy("übernommen")
        DECLINED = "declined", gettext_lazy("nicht übernommen")

    public_id = public_id_field()
    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="proposals")
    step = models.ForeignKey(PlanStep, null=True, blank=True, on_delete=models.SET_NULL)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField(max_length=1000)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    state = models.CharField(max_length=20, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("Vorschlag")
        verbose_name_plural = gettext_lazy("Vorschläge")
        ordering = ["created_at"]


class FindingDismissal(models.Model):
    """A checker finding the caseworker dismissed, with the reason (auditable, counted)."""

    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="dismissals")
    code = models.CharField(max_length=20, db_index=True)
    excerpt = models.CharField(max_length=300, blank=True)
    reason = models.TextField(gettext_lazy("Begründung"), max_length=1000)
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                     related_name="+")
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("Verworfener Hinweis")
        verbose_name_plural = gettext_lazy("Verworfene Hinweise")
