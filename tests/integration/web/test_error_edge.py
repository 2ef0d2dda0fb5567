"""The one error edge: project errors become German pages or HTMX fragments; capabilities decide access."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from django.test import RequestFactory

from augenhoehe.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from augenhoehe.web.errors import ErrorEdgeMiddleware
from augenhoehe.web.workspace.services import access
from augenhoehe.web.workspace.services.access import Capability
from tests.integration.web.conftest import browser_for

pytestmark = pytest.mark.django_db


def _edge_answer(exc: Exception, htmx: bool = False):
    request = RequestFactory().post("/x/")
    request.user = AnonymousUser()
    request.htmx = htmx
    return ErrorEdgeMiddleware(lambda r: None).process_exception(request, exc)


def test_not_found_from_a_service_becomes_django_404() -> None:
    with pytest.raises(Http404):
        _edge_answer(NotFound("Fall nicht gefunden."))


def test_permission_denied_from_a_service_becomes_django_403() -> None:
    with pytest.raises(DjangoPermissionDenied):
        _edge_answer(PermissionDenied("Nur für leistungsberechtigte Personen."))


def test_an_unhandled_validation_error_is_a_german_400_page() -> None:
    response = _edge_answer(ValidationError("Bitte tragen Sie ein Berufsziel ein."))
    assert response.status_code == 400
    assert "Bitte tragen Sie ein Berufsziel ein." in response.content.decode()


def test_a_conflict_is_a_409_page() -> None:
    response = _edge_answer(ConflictError("Der Plan wurde inzwischen geändert."))
    assert response.status_code == 409
    assert "Inzwischen geändert" in response.content.decode()


def test_an_htmx_request_gets_a_fragment_it_can_swap() -> None:
    response = _edge_answer(ValidationError("Bitte höchstens 1000 Zeichen."), htmx=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="alert"' in body and "<html" not in body


def test_other_exceptions_are_left_to_django() -> None:
    assert _edge_answer(KeyError("x")) is None


def test_a_case_of_another_team_is_not_found_for_a_caseworker(world) -> None:
    response = browser_for(world.cw_nord).get(f"/faelle/{world.case_sued.public_id}/")
    assert response.status_code == 404


def test_capabilities_follow_the_roles(world) -> None:
    assert access.may(world.cw_nord, Capability.WORK_ON_CASES)
    assert access.may(world.cw_nord, Capability.SEE_OWN_FIGURES)
    assert not access.may(world.cw_nord, Capability.SEE_TEAM_FIGURES)
    assert access.may(world.lead_nord, Capability.SEE_TEAM_FIGURES)
    assert not access.may(world.lead_nord, Capability.WORK_ON_CASES)
    assert access.capabilities_of(world.client_a) == {Capability.USE_PORTAL}
    assert access.capabilities_of(AnonymousUser()) == frozenset()


def test_may_edit_case_only_within_the_own_team(world) -> None:
    assert access.may_edit_case(world.cw_nord, world.case_a)
    assert not access.may_edit_case(world.cw_nord, world.case_sued)
    assert not access.may_edit_case(world.lead_nord, world.case_a)


def test_the_navigation_shows_what_the_user_may_do(world) -> None:
    page = browser_for(world.lead_nord).get("/team/").content.decode()
    assert "/team/kennzahlen/" in page and "/faelle/" not in page


def test_service_messages_are_translated_for_english_readers(world) -> None:
    from django.utils import translation

    from augenhoehe.web.workspace.services import plans

    with translation.override("en"):
        assert plans.review_warning(world.case_a.opened_on, None) == "Please set a date for the joint review."
