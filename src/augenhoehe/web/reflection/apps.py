"""App config for reflection and training; registers the team standards with the editor's checker."""

from django.apps import AppConfig


class ReflectionConfig(AppConfig):
    """Reflection app."""

    name = "augenhoehe.web.reflection"
    label = "reflection"
    verbose_name = "Reflexion und Standards"

    def ready(self) -> None:
        """Let the workspace's live check ask for a team's own standards."""
        from augenhoehe.web.reflection.services.standards import team_check
        from augenhoehe.web.workspace.services.quality import TEAM_CHECKS

        if team_check not in TEAM_CHECKS:
            TEAM_CHECKS.append(team_check)
