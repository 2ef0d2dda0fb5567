"""A team lead reaches no caseworker's reflection results, training scores or Fallberatung notes by any URL."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, reverse

from augenhoehe.web.reflection import urls as reflection_urls
from augenhoehe.web.reflection.models import CaseDiscussion, DiscussionNote, TrainingAttempt
from augenhoehe.web.reflection.services import selfcheck
from tests.integration.web.conftest import browser_for

ANSWERS = {k: "2" for k in ("k1", "k2", "k3", "d1", "d2", "d3", "h1", "h2", "h3", "s1", "s2", "s3")}
SECRET_NOTE = "Notiz-nur-fuer-das-Team-7Q"
SECRET_REWRITE = "Umformulierung-geheim-4711 " * 3
TEAM_PAGES = {"reflection", "team_standards", "remove_standard", "team_reflection", "discussion_guide",
              "discussion_guide_pdf"}


def _private_data(world) -> CaseDiscussion:
    selfcheck.submit(world.cw_nord, ANSWERS, share_with_team=True)
    TrainingAttempt.objects.create(trainee=world.cw_nord, exercise="01-bewerbungen", rewrite=SECRET_REWRITE,
                                   before=3, after=97)
    item = CaseDiscussion.objects.create(team=world.nord, presenter=world.cw_nord, source_case=world.case_a,
                                         title="Fall X", presentation="Person A ...")
    DiscussionNote.objects.create(discussion=item, phase="ideas", text=SECRET_NOTE)
    return item


def _every_url(item: CaseDiscussion) -> list[tuple[str, str]]:
    out = []
    for pattern in reflection_urls.urlpatterns:
        assert isinstance(pattern, URLPattern)
        kwargs = {}
        for name in pattern.pattern.converters:
            kwargs[name] = {"discussion_id": item.pk, "key": "01-bewerbungen", "index": 0}[name]
        out.append((str(pattern.name), reverse(pattern.name, kwargs=kwargs)))
    return out


def _leaks(body: str) -> list[str]:
    return [s for s in (SECRET_NOTE, "Umformulierung-geheim", "nachher 97", "Fall X", "Person A")
            if s in body]


@pytest.mark.django_db
def test_a_team_lead_gets_no_private_page_and_no_private_data_by_any_url(world):
    item = _private_data(world)
    lead = browser_for(world.lead_nord)
    for name, url in _every_url(item):
        for method in ("get", "post"):
            response = getattr(lead, method)(url)
            body = response.content.decode(errors="replace")
            if name in TEAM_PAGES:
                assert response.status_code in (200, 302, 405), (name, method, response.status_code)
                assert not _leaks(body), (name, method)
            else:
                assert response.status_code in (403, 404, 405), (name, method, response.status_code)
                assert not _leaks(body), (name, method)


@pytest.mark.django_db
def test_the_team_aggregate_never_names_a_person_even_with_five_participants(world):
    from augenhoehe.web.accounts.models import Role, User

    for i in range(5):
        user = User.objects.create_user(f"p{i}", password="x" * 12, role=Role.CASEWORKER, team=world.nord,
                                        first_name=f"Vorname{i}", last_name=f"Nachname{i}")
        selfcheck.submit(user, ANSWERS, share_with_team=True)
    body = browser_for(world.lead_nord).get(reverse("team_reflection")).content.decode()
    assert "Mittelwert" in body and "Nachname" not in body and "Vorname" not in body


@pytest.mark.django_db
def test_a_colleague_sees_the_fallberatung_but_not_the_real_case_nor_anyones_results(world):
    item = _private_data(world)
    colleague = browser_for(world.cw_nord2)
    assert SECRET_NOTE in colleague.get(reverse("discussion", args=[item.pk])).content.decode()
    page = colleague.get(reverse("discussion", args=[item.pk])).content.decode()
    assert f"/faelle/{world.case_a.public_id}/" not in page
    assert "<td>97</td>" not in colleague.get(reverse("training")).content.decode()
    assert "Kontrollorientierung" not in colleague.get(reverse("self_reflection")).content.decode().split(
        "Fragebogen")[0]


@pytest.mark.django_db
def test_another_team_reaches_no_fallberatung(world):
    item = _private_data(world)
    other = browser_for(world.cw_sued)
    for url in (reverse("discussion", args=[item.pk]), reverse("discussions")):
        body = other.get(url).content.decode()
        assert SECRET_NOTE not in body and "Fall X" not in body


@pytest.mark.django_db
def test_a_client_reaches_nothing_of_the_reflection_app(world):
    item = _private_data(world)
    client = browser_for(world.client_a)
    for _name, url in _every_url(item):
        assert client.get(url).status_code in (403, 404), url


@pytest.mark.django_db
def test_not_even_the_django_admin_lists_reflection_results_training_scores_or_notes(world):
    from augenhoehe.web.accounts.models import Role, User

    _private_data(world)
    admin = User.objects.create_superuser("root", password="x" * 12, role=Role.ADMIN)
    browser = browser_for(admin)
    for model in ("selfreflection", "trainingattempt", "discussionnote", "casediscussion"):
        assert browser.get(f"/admin/reflection/{model}/").status_code == 404, model
    assert SECRET_NOTE not in browser.get("/admin/").content.decode()
