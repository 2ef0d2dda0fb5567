"""A research project holds imported or exported material only: never a link to a live case."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ResearchProject(models.Model):
    """A Kuckartz analysis: documents, a code system, codings, memos and case summaries."""

    name = models.CharField("Name", max_length=200)
    origin = models.CharField("Herkunft", max_length=300, blank=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="research_projects")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    notes = models.JSONField("Importhinweise", default=list, blank=True)

    class Meta:
        verbose_name = "Forschungsprojekt"
        verbose_name_plural = "Forschungsprojekte"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    """A text source (a case in the thematic matrix) with its case variables."""

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="documents")
    guid = models.CharField(max_length=64)
    name = models.CharField("Name", max_length=300)
    text = models.TextField("Text")
    variables = models.JSONField("Variablen", default=dict, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["project", "guid"], name="research_document_guid")]

    def __str__(self) -> str:
        return self.name


class Code(models.Model):
    """A category of the code system; definition, anchor example and rule in `description`."""

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="codes")
    guid = models.CharField(max_length=64)
    name = models.CharField("Name", max_length=300)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    description = models.TextField("Definition", blank=True)
    codable = models.BooleanField(default=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["project", "guid"], name="research_code_guid")]

    def __str__(self) -> str:
        return self.name


class Coding(models.Model):
    """A code applied to characters start..end (code points, end exclusive) by a coder."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="codings")
    code = models.ForeignKey(Code, on_delete=models.CASCADE, related_name="codings")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    coder_guid = models.CharField(max_length=64)
    coder_name = models.CharField(max_length=200)
    guid = models.CharField(max_length=64, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["document", "start", "end", "pk"]

    @property
    def segment(self) -> str:
        """The coded text."""
        return self.document.text[self.start:self.end]


class Memo(models.Model):
    """A memo on a document or on a code (Kuckartz: analysis memos)."""

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="memos")
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.CASCADE, related_name="memos")
    code = models.ForeignKey(Code, null=True, blank=True, on_delete=models.CASCADE, related_name="memos")
    text = models.TextField("Memo")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class CaseSummary(models.Model):
    """The case summary (Fallzusammenfassung) of one document."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="summary")
    text = models.TextField("Fallzusammenfassung")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)
