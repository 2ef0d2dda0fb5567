"""App config for the workspace."""

from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    """Workspace app."""

    name = "augenhoehe.web.workspace"
    verbose_name = "Kooperationsplan"
