"""Kollegiale Fallberatung: a pseudonymised presentation of the presenter's case, phases and notes."""

from __future__ import annotations

import re
import secrets
from uuid import UUID

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from augenhoehe.domain.errors import NotFound, PermissionDenied, ValidationError
from augenhoehe.domain.render import plan_to_text
from augenhoehe.domain.text import clean_text
from augenhoehe.privacy import Pseudonymiser
from augenhoehe.web.accounts.models import User
from augenhoehe.web.reflection.models import CaseDiscussion, DiscussionNote
from augenhoehe.web.workspace.models import Case
from augenhoehe.web.workspace.services import access, plans
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.services.stored import to_domain

PHASES: tuple[tuple[str, object, int], ...] = (
    ("presentation", gettext_lazy("Fallvorstellung"), 10),
    ("questions", gettext_lazy("Verständnisfragen"), 10),
    ("hypotheses", gettext_lazy("Hypothesen"), 15),
    ("ideas", gettext_lazy("Ideen und Lösungsvorschläge"), 15),
    ("conclusion", gettext_lazy("Abschluss der fallgebenden Person"), 5),
)
"""Key, label and suggested minutes of each phase (a common form of the method)."""
PHASE_KEYS = [p[0] for p in PHASES]
CLIENT_CUE, STAFF_CUE = "Kundin:", "Integrationsfachkraft:"
"""Cues the pseudonymiser knows (augenhoehe.privacy.names), so the header's names are found."""


def _case_text(case: Case, situation: str) -> str:
    """The text to pseudonymise: a header naming client and caseworker, the situation, the plan (no file number)."""
    parts = [f"{CLIENT_CUE} {case.client.first_name} {case.client.last_name}",
             f"{STAFF_CUE} {case.caseworker.get_full_name()}" if case.caseworker else "",
             "", situation.strip(), ""]
    version = plans.latest_version(case)
    if version is not None:
        parts.append(plan_to_text(to_domain(version)))
    return "\n".join(p for p in parts if p is not None)


def pseudonymised_presentation(case: Case, situation: str, shift_days: int) -> str:
    """The case as a pseudonymised text: names, places, numbers replaced, dates shifted consistently."""
    pseudo = Pseudonymiser(shift_days=shift_days)
    text = pseudo.process(_case_text(case, situation)).text
    known = [case.client.first_name, case.client.last_name, case.reference]
    if case.caseworker:
        known += [case.caseworker.first_name, case.caseworker.last_name]
    for value in filter(lambda v: v and len(v) > 1, known):  # belt and braces for names without a cue
        text = re.sub(rf"\b{re.escape(value)}\b", _("[entfernt]"), text, flags=re.IGNORECASE)
    return text


@transaction.atomic
def create(user: User, case_public_id: UUID | str, title: str, situation: str, question: str) -> CaseDiscussion:
    """Turn the presenter's own case (named by its public id) into a pseudonymised presentation for the team."""
    case = access.case_for_staff(user, case_public_id, read_as="case.fallberatung")
    if case.caseworker_id != user.pk or user.team_id is None:
        raise ValidationError(_("Für eine Fallberatung bringen Sie einen eigenen Fall ein."))
    title = clean_text(title, 200).strip()
    if not title:
        raise ValidationError(_("Bitte geben Sie der Fallberatung einen Titel."))
    shift = secrets.randbelow(120) + 14
    text = pseudonymised_presentation(case, clean_text(situation, 4000), shift)
    return CaseDiscussion.objects.create(team_id=user.team_id, presenter=user, source_case=case, title=title,
                                         presentation=text, question=clean_text(question, 1000).strip())


def visible_to(user: User) -> QuerySet[CaseDiscussion]:
    """The team's Fallberatungen, for caseworkers of the team only."""
    if not access.may(user, Capability.REFLECT) or not user.team_id:
        return CaseDiscussion.objects.none()
    return CaseDiscussion.objects.filter(team_id=user.team_id)


def get(user: User, discussion_id: int) -> CaseDiscussion:
    """One Fallberatung of the user's team, else NotFound."""
    item = visible_to(user).filter(pk=discussion_id).first()
    if item is None:
        raise NotFound(_("Fallberatung nicht gefunden."))
    return item


def source_case_for(user: User, item: CaseDiscussion) -> Case | None:
    """The real case behind the presentation: for the presenter only."""
    return item.source_case if item.presenter_id == user.pk else None


def advance(user: User, item: CaseDiscussion, phase: str) -> CaseDiscussion:
    """Move to a phase of the method."""
    if phase not in PHASE_KEYS:
        raise ValidationError(_("Unbekannte Phase."))
    item.phase = phase
    item.save(update_fields=["phase"])
    return item


def add_note(user: User, item: CaseDiscussion, text: str) -> DiscussionNote:
    """A note of the group in the current phase (kept with the pseudonymised case, without author)."""
    text = clean_text(text, 2000).strip()
    if not text:
        raise ValidationError(_("Die Notiz ist leer."))
    return DiscussionNote.objects.create(discussion=item, phase=item.phase, text=text)


def conclude(user: User, item: CaseDiscussion, conclusion: str) -> CaseDiscussion:
    """The presenter's conclusion; only the presenter writes it."""
    if item.presenter_id != user.pk:
        raise PermissionDenied(_("Den Abschluss formuliert die fallgebende Person."))
    item.conclusion = clean_text(conclusion, 4000).strip()
    item.phase = "conclusion"
    item.save(update_fields=["conclusion", "phase"])
    return item
