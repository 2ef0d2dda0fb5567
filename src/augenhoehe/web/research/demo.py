"""Demo data of the research side: a researcher and a project from a small simulation (no live cases)."""

from __future__ import annotations

from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.research.services.projects import create_from_simulation

RESEARCHERS = (("forschung", "Rana", "Forscher"), ("forschung2", "Tom", "Zweitcodierer"))


def load_research_demo(password: str) -> dict[str, list[str]]:
    """Two researchers (for agreement) and one project from a simulation with eight clients."""
    users = [User.objects.create_user(name, password=password, role=Role.RESEARCHER, first_name=first,
                                      last_name=last) for name, first, last in RESEARCHERS]
    project = create_from_simulation(users[0], "Simulierte Pläne (Demo)", seed=7, clients=8)
    project.members.add(users[1])
    return {"Forschung": [u.username for u in users]}
