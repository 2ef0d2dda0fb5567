"""Public ids (ADR 0012): URLs name cases, letters, invitations, uploads, proposals and steps by a random UUID.

A database id never routes, a guessed UUID of another team's case answers exactly like one that does not
exist, and the probe is audited as a denied request.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta

import pytest
from django.test import Client as Browser
from django.urls import URLPattern
from django.urls.converters import IntConverter, UUIDConverter
from django.utils import timezone

from augenhoehe.web import urls as root_urls
from augenhoehe.web.workspace import urls as workspace_urls
from augenhoehe.web.workspace.models import Appointment, AuditEvent, Case, Summons
from augenhoehe.web.workspace.views import documents

pytestmark = pytest.mark.django_db


def _as(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


def _page(response) -> str:
    """The page without its per-request parts (CSRF tokens, the own address in the language switch)."""
    page = response.content.decode().replace(response.request["PATH_INFO"], "/ADDRESS/")
    return re.sub(r"\b[A-Za-z0-9]{64}\b", "TOKEN", page)


def _routes() -> list[URLPattern]:
    return [p for p in [*workspace_urls.urlpatterns, *root_urls.urlpatterns] if isinstance(p, URLPattern)]


def test_no_route_of_the_workspace_or_portal_takes_a_database_id():
    for pattern in _routes():
        converters = pattern.pattern.converters
        ints = {name for name, c in converters.items() if isinstance(c, IntConverter)}
        assert ints <= {"number"}, f"{pattern.name}: {ints}"  # version numbers count per case
        assert all(name.endswith("_public_id") for name, c in converters.items() if isinstance(c, UUIDConverter))


def test_every_case_gets_its_own_random_public_id(world):
    ids = [c.public_id for c in (world.case_a, world.case_b, world.case_sued)]
    assert len(set(ids)) == 3 and {i.version for i in ids} == {4}
    assert "public_id" not in {f.name for f in Case._meta.get_fields() if getattr(f, "editable", False)}


def test_the_sequential_id_of_a_case_no_longer_opens_it(world):
    browser = _as(world.cw_nord)
    assert browser.get(f"/faelle/{world.case_a.public_id}/").status_code == 200
    for old in (f"/faelle/{world.case_a.pk}/", "/faelle/1/", f"/faelle/{world.case_a.pk}/plan/v1/pdf/"):
        assert browser.get(old).status_code == 404, old
    assert AuditEvent.objects.filter(action="access.denied", actor=world.cw_nord, detail__status=404).count() == 3


def test_a_guessed_public_id_of_another_teams_case_answers_like_a_missing_one_and_is_audited(world):
    browser = _as(world.cw_nord)
    missing_id = uuid.uuid4()
    foreign = browser.get(f"/faelle/{world.case_sued.public_id}/")
    missing = browser.get(f"/faelle/{missing_id}/")
    numbered = browser.get(f"/faelle/{world.case_sued.pk}/")
    assert foreign.status_code == missing.status_code == numbered.status_code == 404
    assert _page(foreign) == _page(missing) == _page(numbered)
    assert "Kovalenko" not in _page(foreign) and "S-1" not in _page(foreign)
    probes = list(AuditEvent.objects.filter(action="access.denied", actor=world.cw_nord).order_by("id"))[:2]
    assert [p.detail["case_public_id"] for p in probes] == [str(world.case_sued.public_id), str(missing_id)]
    assert probes[0].detail["case_id"] == world.case_sued.pk and "case_id" not in probes[1].detail
    assert {p.detail["route"] for p in probes} == {"case_detail"}
    assert not AuditEvent.objects.filter(action="case.read").exists()


def test_a_teammate_reaches_the_reason_form_by_public_id_only(world, settings):
    settings.CASE_ACCESS = "reason"
    browser = _as(world.cw_nord2)
    assert browser.get(f"/faelle/{world.case_a.pk}/zugang/").status_code == 404
    assert browser.get(f"/faelle/{uuid.uuid4()}/zugang/").status_code == 404
    assert browser.get(f"/faelle/{world.case_a.public_id}/zugang/").status_code == 200


def test_a_letter_opens_by_its_public_id_in_its_own_case_only(world, monkeypatch):
    monkeypatch.setattr(documents, "render_pdf", lambda html: html.encode())
    letter = Summons.objects.create(case=world.case_a, kind="aufforderung", regime="buergergeld",
                                    issued_on=date(2026, 9, 1), obligation="Anmelden", legal_consequences="…",
                                    created_by=world.cw_nord)
    staff, client = _as(world.cw_nord), _as(world.client_a)
    assert staff.get(f"/faelle/{world.case_a.public_id}/schreiben/{letter.public_id}/pdf/").status_code == 200
    assert staff.get(f"/faelle/{world.case_a.public_id}/schreiben/{letter.pk}/pdf/").status_code == 404
    assert staff.get(f"/faelle/{world.case_b.public_id}/schreiben/{letter.public_id}/pdf/").status_code == 404
    assert client.get(f"/portal/schreiben/{letter.public_id}/pdf/").status_code == 200
    assert client.get(f"/portal/schreiben/{letter.pk}/pdf/").status_code == 404
    assert _as(world.client_b).get(f"/portal/schreiben/{letter.public_id}/pdf/").status_code == 404


def test_an_invitation_opens_by_its_public_id_in_its_own_case_only(world):
    item = Appointment.objects.create(case=world.case_a, starts_at=timezone.make_aware(datetime(2026, 12, 1, 9)),
                                      place="Raum 1", created_by=world.cw_nord)
    staff = _as(world.cw_nord)
    ics = staff.get(f"/faelle/{world.case_a.public_id}/termine/{item.public_id}.ics")
    assert ics.status_code == 200 and f"UID:termin-{item.public_id}@augenhoehe" in ics.content.decode()
    assert 'filename="termin-2026-12-01.ics"' in ics["Content-Disposition"]
    assert staff.get(f"/faelle/{world.case_a.public_id}/termine/{item.pk}.ics").status_code == 404
    assert staff.get(f"/faelle/{world.case_b.public_id}/termine/{item.public_id}.ics").status_code == 404
    assert _as(world.client_a).get(f"/portal/termine/{item.public_id}.ics").status_code == 200
    assert _as(world.client_b).get(f"/portal/termine/{item.public_id}.ics").status_code == 404


def test_an_upload_is_not_found_by_its_database_id_or_in_another_case(world):
    from augenhoehe.web.workspace.models import Evidence

    item = Evidence.objects.create(case=world.case_a, side="client", uploaded_by=world.client_a,
                                   original_name="liste.pdf", stored_name="x" * 32, content_type="application/pdf",
                                   size=1, sha256="0" * 64)
    staff = _as(world.cw_nord)
    assert staff.get(f"/faelle/{world.case_a.public_id}/nachweise/{item.pk}/").status_code == 404
    assert staff.get(f"/faelle/{world.case_b.public_id}/nachweise/{item.public_id}/").status_code == 404
    assert _as(world.client_a).get(f"/portal/nachweise/{item.pk}/").status_code == 404
    assert _as(world.client_b).get(f"/portal/nachweise/{item.public_id}/").status_code == 404


def test_a_database_id_in_a_form_does_not_name_a_case(world):
    from augenhoehe.web.reflection.models import CaseDiscussion

    _as(world.cw_nord).post("/reflexion/fallberatung/", {"case": world.case_a.pk, "title": "Eigener Fall"})
    assert not CaseDiscussion.objects.exists()


def test_new_rows_get_distinct_public_ids_in_bulk(world):
    starts = timezone.now() + timedelta(days=1)
    items = Appointment.objects.bulk_create([Appointment(case=world.case_a, starts_at=starts, place="Raum",
                                                         created_by=world.cw_nord) for _ in range(50)])
    assert len({i.public_id for i in items}) == 50
    assert Appointment.objects.values("public_id").distinct().count() == 50
