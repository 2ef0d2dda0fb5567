"""Research fixtures: researchers, a small coded REFI-QDA file and a stored project."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client as Browser

from augenhoehe.research.export import write_qdpx
from augenhoehe.research.guide import load_guide
from augenhoehe.research.project import Code, Coding, Project, Source, User
from augenhoehe.web.accounts.models import Role
from augenhoehe.web.accounts.models import User as Account
from augenhoehe.web.research.models import ResearchProject
from augenhoehe.web.research.services import projects

TEXT_A = "Frau [PERSON_1] möchte Pflegehelferin werden.\r\nSie meldet sich bis zum 1. März beim Träger. 😀 Ende"
TEXT_B = "Herr [PERSON_2] sucht Arbeit im Lager. Wir sprechen in drei Monaten wieder."


def as_user(user: Account) -> Browser:
    """A test client logged in as the user."""
    browser = Browser()
    browser.force_login(user)
    return browser


def sample_project() -> Project:
    """Two texts, the guide's indicator code 'nachhaltung', an own code, two coders with codings."""
    guide = load_guide()
    review = guide.indicator_codes()["nachhaltung"]
    qda = Project("Testkorpus")
    qda.codes = [Code(review.guid, review.name_de, None, review.description()),
                 Code("c0ffee00-0000-4000-8000-000000000001", "Eigener Code", None, "Definition: am Material")]
    qda.users = [User("aaaaaaaa-0000-4000-8000-000000000001", "Anna"),
                 User("bbbbbbbb-0000-4000-8000-000000000002", "Ben")]
    qda.sources = [Source("11111111-0000-4000-8000-000000000001", "Plan A", TEXT_A, {"regime": "buergergeld"}),
                   Source("22222222-0000-4000-8000-000000000002", "Plan B", TEXT_B, {})]
    s_a, s_b = (s.guid for s in qda.sources)
    anna, ben = (u.guid for u in qda.users)
    qda.codings = [
        Coding(s_a, review.guid, anna, 48, 92, "c1000000-0000-4000-8000-000000000001"),
        Coding(s_a, review.guid, ben, 48, 90, "c1000000-0000-4000-8000-000000000002"),
        Coding(s_b, qda.codes[1].guid, anna, 0, 38, "c1000000-0000-4000-8000-000000000003"),
    ]
    return qda


@pytest.fixture
def qdpx(tmp_path: Path) -> Path:
    """The sample project as a .qdpx file."""
    return write_qdpx(sample_project(), tmp_path / "test.qdpx")


@pytest.fixture
def researcher(db) -> Account:
    """A user of the role Forschung."""
    return Account.objects.create_user("forscherin", password="x" * 12, role=Role.RESEARCHER)


@pytest.fixture
def other_researcher(db) -> Account:
    """A second researcher, not a member of the project unless added."""
    return Account.objects.create_user("forscher2", password="x" * 12, role=Role.RESEARCHER)


@pytest.fixture
def project(researcher: Account, qdpx: Path) -> ResearchProject:
    """The sample project imported for the researcher (with the category guide added)."""
    return projects.import_qdpx(researcher, "Testprojekt", qdpx)
