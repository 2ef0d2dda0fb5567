"""A small Jobcenter for integration tests: two teams, caseworkers, clients with cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from augenhoehe.web.accounts.models import Jobcenter, Role, Team, User
from augenhoehe.web.workspace.models import Case, Client

PASSWORD = "test-passwort-123"


@dataclass
class World:
    """Users and cases the tests act on."""

    nord: Team
    sued: Team
    cw_nord: User
    cw_nord2: User
    cw_sued: User
    lead_nord: User
    client_a: User
    client_b: User
    case_a: Case
    case_b: Case
    case_sued: Case


def _user(name: str, role: str, team: Team | None = None) -> User:
    return User.objects.create_user(name, password=PASSWORD, role=role, team=team,
                                    first_name=name.title())


def _case(ref: str, team: Team, cw: User, login: User | None, first: str, last: str) -> Case:
    client = Client.objects.create(first_name=first, last_name=last, user=login)
    return Case.objects.create(reference=ref, client=client, team=team, caseworker=cw,
                               opened_on=date(2026, 8, 1))


@pytest.fixture
def world(db) -> World:
    """Create the test Jobcenter."""
    jc = Jobcenter.objects.create(name="Jobcenter Teststadt")
    nord, sued = Team.objects.create(jobcenter=jc, name="Nord"), Team.objects.create(jobcenter=jc, name="Süd")
    cw_nord, cw_nord2, cw_sued = (_user("fk1", Role.CASEWORKER, nord), _user("fk2", Role.CASEWORKER, nord),
                                  _user("fk3", Role.CASEWORKER, sued))
    client_a, client_b, client_s = (_user("kundea", Role.CLIENT), _user("kundeb", Role.CLIENT),
                                    _user("kundes", Role.CLIENT))
    return World(
        nord=nord, sued=sued, cw_nord=cw_nord, cw_nord2=cw_nord2, cw_sued=cw_sued,
        lead_nord=_user("tl", Role.TEAM_LEAD, nord), client_a=client_a, client_b=client_b,
        case_a=_case("N-1", nord, cw_nord, client_a, "Aylin", "Demir"),
        case_b=_case("N-2", nord, cw_nord, client_b, "Jonas", "Becker"),
        case_sued=_case("S-1", sued, cw_sued, client_s, "Olena", "Kovalenko"),
    )
