"""Case library: good plans contributed voluntarily, pseudonymised, searchable by situation."""

from __future__ import annotations

import re
import secrets
from uuid import UUID

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.render import plan_to_text
from augenhoehe.domain.text import clean_text
from augenhoehe.privacy import Pseudonymiser
from augenhoehe.web.accounts.models import User
from augenhoehe.web.reflection.models import LibraryPlan
from augenhoehe.web.reflection.services.fallberatung import CLIENT_CUE
from augenhoehe.web.workspace.services import access, plans
from augenhoehe.web.workspace.services.stored import to_domain

SITUATIONS: dict[str, object] = {
    "kinderbetreuung": gettext_lazy("Kinderbetreuung"),
    "gesundheit": gettext_lazy("Gesundheit"),
    "sprache": gettext_lazy("Sprache"),
    "anerkennung": gettext_lazy("Anerkennung ausländischer Abschlüsse"),
    "u25": gettext_lazy("Unter 25"),
    "ue55": gettext_lazy("Über 55"),
}
HINTS: dict[str, str] = {
    "kinderbetreuung": r"kita|kinderbetreuung|tagesmutter|betreuungsplatz|hort",
    "gesundheit": r"gesundheit|\u00e4rztlich|therapie|reha|krank|psych",
    "sprache": r"sprachkurs|integrationskurs|deutschkurs|b1|b2|berufssprach",
    "anerkennung": r"anerkennung|gleichwertigkeit|berufsabschluss\saus",
    "u25": r"ausbildung|schulabschluss|jugendberufsagentur|u25",
    "ue55": r"\u00fcber\s55|rente|\u00e4ltere",
}


def suggest_situations(text: str) -> list[str]:
    """Situations a text is probably about (the contributor decides)."""
    low = text.lower()
    return [k for k, pattern in HINTS.items() if re.search(pattern, low)]


def contribute(user: User, case_public_id: UUID | str, title: str, situations: list[str]) -> LibraryPlan:
    """Put a pseudonymised copy of the latest plan of an own case (by public id) into the library (no link kept)."""
    case = access.case_for_staff(user, case_public_id, read_as="case.library")
    if case.caseworker_id != user.pk:
        raise ValidationError(_("Beitragen können Sie Pläne Ihrer eigenen Fälle."))
    version = plans.latest_version(case)
    if version is None:
        raise ValidationError(_("Dieser Fall hat noch keinen Plan."))
    title = clean_text(title, 200).strip()
    if not title:
        raise ValidationError(_("Bitte geben Sie dem Beispiel einen Titel."))
    chosen = [s for s in situations if s in SITUATIONS]
    pseudo = Pseudonymiser(shift_days=secrets.randbelow(120) + 14)
    pseudo.process(f"{CLIENT_CUE} {case.client.first_name} {case.client.last_name}")  # learn the client's names
    text = pseudo.process(plan_to_text(to_domain(version))).text
    for value in (case.client.first_name, case.client.last_name, case.reference):
        if value and len(value) > 1:
            text = re.sub(rf"\b{re.escape(value)}\b", _("[entfernt]"), text, flags=re.IGNORECASE)
    score = (version.check_result or {}).get("scores", {}).get("gesamt")
    return LibraryPlan.objects.create(title=title, text=text, situations=chosen, score=score)


def search(situation: str = "", query: str = "") -> QuerySet[LibraryPlan]:
    """Library plans, optionally of one situation and containing a word."""
    qs = LibraryPlan.objects.all()
    items = list(qs)
    if situation in SITUATIONS:
        qs = qs.filter(pk__in=[p.pk for p in items if situation in p.situations])
    if query.strip():
        qs = qs.filter(text__icontains=query.strip()[:100])
    return qs
