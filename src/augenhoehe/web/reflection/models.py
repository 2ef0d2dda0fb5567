"""Persistence of reflection and training: private per caseworker, per team only as aggregates."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from augenhoehe.web.accounts.models import Team
from augenhoehe.web.workspace.models import Case


class SelfReflection(models.Model):
    """One filled-in self-reflection questionnaire; visible to its author only."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    team = models.ForeignKey(Team, null=True, on_delete=models.SET_NULL, related_name="+")
    taken_at = models.DateTimeField(auto_now_add=True)
    answers = models.JSONField(default=dict)
    scores = models.JSONField(default=dict)
    share_with_team = models.BooleanField(default=False)

    class Meta:
        ordering = ["taken_at", "pk"]


class CaseDiscussion(models.Model):
    """A Kollegiale Fallberatung on a pseudonymised case presentation."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="+")
    presenter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    source_case = models.ForeignKey(Case, null=True, on_delete=models.SET_NULL, related_name="+")
    """The real case; shown to the presenter only, never to the other participants."""
    title = models.CharField(max_length=200)
    presentation = models.TextField()
    question = models.TextField(blank=True)
    phase = models.CharField(max_length=20, default="presentation")
    conclusion = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class DiscussionNote(models.Model):
    """A note of the group in one phase; kept with the pseudonymised case, without an author."""

    discussion = models.ForeignKey(CaseDiscussion, on_delete=models.CASCADE, related_name="notes")
    phase = models.CharField(max_length=20)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class TrainingAttempt(models.Model):
    """A trainee's rewrite of an exercise with the checker's scores before and after; private."""

    trainee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    exercise = models.CharField(max_length=40)
    rewrite = models.TextField()
    before = models.PositiveSmallIntegerField()
    after = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class LibraryPlan(models.Model):
    """A good plan contributed voluntarily and pseudonymised; no link to the case or the contributor."""

    title = models.CharField(max_length=200)
    text = models.TextField()
    situations = models.JSONField(default=list)
    score = models.PositiveSmallIntegerField(null=True)
    contributed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-contributed_at", "-pk"]


class StandardRevision(models.Model):
    """One version of a team's standards (the whole list); the newest is in force."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    standards = models.JSONField(default=list)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    changed_at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["team", "-number"]
        constraints = [models.UniqueConstraint(fields=["team", "number"], name="one_number_per_team")]
