"""The client's login to the portal, created or reset by the caseworker: an initial password shown once.

The password is never stored in clear or logged; the account must set its own password at the next login
(`User.must_change_password`, enforced by `security.middleware.PasswordChangeRequiredMiddleware`).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.workspace.models import Case, Client
from augenhoehe.web.workspace.services import audit

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""Letters and digits that cannot be mistaken for each other when read out (no i, l, o, 0, 1)."""


@dataclass(frozen=True)
class Login:
    """What the caseworker hands over once: the user name and the initial password."""

    username: str
    password: str
    created: bool


def initial_password() -> str:
    """Four groups of four random characters (about 79 bits), easy to read out and to type."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(4))


def _free_username(reference: str) -> str:
    base = "kunde-" + (re.sub(r"[^a-z0-9]+", "-", reference.lower()).strip("-") or "portal")
    name, n = base, 1
    while User.objects.filter(username=name).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def _lift_lockout(username: str) -> None:
    from axes.utils import reset

    reset(username=username)


@transaction.atomic
def grant(case: Case, staff: User) -> Login:
    """Create the client's portal login, or give an existing one a new initial password (audited)."""
    if case.closed_on is not None:
        raise ValidationError(_("Der Fall ist beendet; die Person braucht keinen neuen Zugang."))
    client = Client.objects.select_for_update().get(pk=case.client_id)
    user = client.user
    created = user is None
    if user is None:
        user = User(username=_free_username(case.reference), role=Role.CLIENT, first_name=client.first_name,
                    last_name=client.last_name)
    elif user.role != Role.CLIENT:
        raise ValidationError(_("Dieser Zugang gehört nicht zu einer leistungsberechtigten Person."))
    password = initial_password()
    user.set_password(password)
    user.must_change_password = True
    user.is_active = True
    user.save()
    if created:
        client.user = user
        client.save(update_fields=["user"])
    else:
        _lift_lockout(user.username)
    audit.record(staff, "portal_login.create" if created else "portal_login.reset", case, user,
                 username=user.username)
    return Login(user.username, password, created)
