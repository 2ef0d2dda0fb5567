"""Django app config of the research projects."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResearchConfig(AppConfig):
    """Research projects (role Forschung): documents, codes, codings, memos, case summaries."""

    name = "augenhoehe.web.research"
    label = "research"
    verbose_name = _("Forschung")
    default_auto_field = "django.db.models.BigAutoField"
