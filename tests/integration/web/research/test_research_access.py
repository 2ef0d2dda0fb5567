"""The role Forschung reaches no live case; research projects open only to their member researchers."""

from __future__ import annotations

from uuid import UUID

import pytest
from django.urls import URLPattern, reverse
from django.urls.converters import UUIDConverter

from augenhoehe.web.research import urls as research_urls
from augenhoehe.web.workspace import urls as workspace_urls
from augenhoehe.web.workspace.services.access import Capability, capabilities_of, cases_visible_to
from tests.integration.web.research.conftest import as_user

pytestmark = pytest.mark.django_db

OPEN_TO_ALL = {"home", "login", "logout", "password_change", "password_change_done"}  # own account, every role


def _fill(pattern: URLPattern, value: int, public_id: UUID | None = None) -> str:
    kwargs = {name: public_id if isinstance(converter, UUIDConverter) else value
              for name, converter in pattern.pattern.converters.items()}
    prefix = "research:" if pattern in research_urls.urlpatterns else ""
    return reverse(prefix + str(pattern.name), kwargs=kwargs)


WORKSPACE = [p for p in workspace_urls.urlpatterns if p.name not in OPEN_TO_ALL]


def test_researcher_has_only_the_research_capability_and_sees_no_case(world, researcher):
    assert capabilities_of(researcher) == frozenset({Capability.DO_RESEARCH})
    assert not cases_visible_to(researcher).exists()


@pytest.mark.parametrize("pattern", WORKSPACE, ids=lambda p: p.name)
def test_researcher_gets_403_or_404_on_every_case_portal_and_team_url(world, researcher, pattern):
    browser = as_user(researcher)
    for case in (world.case_a, world.case_sued):
        url = _fill(pattern, 1, case.public_id)
        for response in (browser.get(url), browser.post(url, {"reason": "x", "text": "x"})):
            assert response.status_code in (403, 404, 405), url
            body = response.content.decode()
            assert "Demir" not in body and "Kovalenko" not in body


def test_researcher_starts_on_the_research_projects(researcher):
    response = as_user(researcher).get("/")
    assert response.status_code == 302 and response["Location"] == reverse("research:projects")


@pytest.mark.parametrize("pattern", research_urls.urlpatterns, ids=lambda p: p.name)
def test_staff_and_clients_cannot_open_research_pages(world, project, pattern):
    url = _fill(pattern, project.pk)
    for user in (world.cw_nord, world.lead_nord, world.client_a):
        assert as_user(user).get(url).status_code == 403, (user.username, url)
        assert as_user(user).post(url, {}).status_code in (403, 405), (user.username, url)


PROJECT_URLS = [p for p in research_urls.urlpatterns if "project_id" in p.pattern.regex.groupindex]


@pytest.mark.parametrize("pattern", PROJECT_URLS, ids=lambda p: p.name)
def test_a_researcher_who_is_not_a_member_gets_404_on_every_project_url(project, other_researcher, pattern):
    url = _fill(pattern, project.pk)
    browser = as_user(other_researcher)
    assert browser.get(url).status_code in (404, 405)
    assert browser.post(url, {"text": "x", "username": "forscher2"}).status_code in (404, 405)
    assert not project.members.filter(pk=other_researcher.pk).exists()


def test_a_project_lists_only_for_its_members(project, researcher, other_researcher):
    assert "Testprojekt" in as_user(researcher).get("/forschung/").content.decode()
    assert "Testprojekt" not in as_user(other_researcher).get("/forschung/").content.decode()


def test_only_researchers_can_be_added_as_members(world, project, researcher, other_researcher):
    browser = as_user(researcher)
    browser.post(reverse("research:add_member", args=[project.pk]), {"username": world.cw_nord.username})
    assert not project.members.filter(pk=world.cw_nord.pk).exists()
    browser.post(reverse("research:add_member", args=[project.pk]), {"username": "forscher2"})
    assert project.members.filter(pk=other_researcher.pk).exists()
