"""Least privilege inside a team: own caseload, or a teammate's case with a recorded reason (Vertretung)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client as Browser
from django.utils import timezone

from augenhoehe.web.security.models import CaseAccessGrant
from augenhoehe.web.workspace.models import AuditEvent

from .conftest import run_cli

pytestmark = pytest.mark.django_db


def _as(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


def test_production_default_is_team_with_a_recorded_reason(tmp_path):
    shown = run_cli(["manage", "shell", "-c", "from django.conf import settings; print(settings.CASE_ACCESS)"],
                    {"AUGENHOEHE_DATA_DIR": str(tmp_path), "AUGENHOEHE_DEBUG": "1"})
    assert shown.stdout.strip().splitlines()[-1] == "reason"


def test_teammate_must_record_a_reason_before_opening_a_case(world, settings):
    settings.CASE_ACCESS = "reason"
    browser = _as(world.cw_nord2)
    url = f"/faelle/{world.case_a.public_id}/"
    first = browser.get(url)
    assert first.status_code == 302 and f"/faelle/{world.case_a.public_id}/zugang/" in first["Location"]
    page = browser.get(first["Location"]).content.decode()
    assert "N-1" in page and "Demir" not in page  # the form names the case, not the person
    assert browser.post(f"/faelle/{world.case_a.public_id}/plan/vereinbaren/").status_code == 302  # no change either
    refused = browser.post(f"/faelle/{world.case_a.public_id}/zugang/", {"reason": "sonstiges", "note": ""})
    assert "Bitte kurz erläutern" in refused.content.decode()
    done = browser.post(f"/faelle/{world.case_a.public_id}/zugang/", {"reason": "vertretung", "next": url})
    assert done.status_code == 302 and done["Location"] == url
    assert browser.get(url).status_code == 200
    event = AuditEvent.objects.get(action="case.access_granted")
    assert event.actor == world.cw_nord2 and event.case_id_ref == world.case_a.pk
    assert event.detail["reason"] == "vertretung"


def test_the_recorded_reason_expires(world, settings):
    settings.CASE_ACCESS = "reason"
    CaseAccessGrant.objects.create(user=world.cw_nord2, case=world.case_a, reason="vertretung",
                                   expires_at=timezone.now() - timedelta(minutes=1))
    assert _as(world.cw_nord2).get(f"/faelle/{world.case_a.public_id}/").status_code == 302


def test_own_cases_open_directly_and_other_teams_stay_invisible(world, settings):
    settings.CASE_ACCESS = "reason"
    assert _as(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/").status_code == 200
    assert _as(world.cw_sued).get(f"/faelle/{world.case_a.public_id}/").status_code == 404
    assert _as(world.cw_sued).get(f"/faelle/{world.case_a.public_id}/zugang/").status_code == 404


def test_own_caseload_only(world, settings):
    settings.CASE_ACCESS = "own"
    assert _as(world.cw_nord2).get(f"/faelle/{world.case_a.public_id}/").status_code == 404
    assert _as(world.cw_nord2).get(f"/faelle/{world.case_a.public_id}/zugang/").status_code == 404
    assert _as(world.cw_nord).get(f"/faelle/{world.case_a.public_id}/").status_code == 200


def test_admin_sees_recorded_reasons_but_cannot_change_them(world, settings):
    from augenhoehe.web.accounts.models import User

    CaseAccessGrant.objects.create(user=world.cw_nord2, case=world.case_a, reason="vertretung",
                                   expires_at=timezone.now() + timedelta(hours=1))
    admin = User.objects.create_superuser("admin1", password="x" * 12)
    html = _as(admin).get("/admin/security/caseaccessgrant/").content.decode()
    assert "Vertretung" in html and "fk2" in html
    grant = CaseAccessGrant.objects.get()
    assert _as(admin).post(f"/admin/security/caseaccessgrant/{grant.pk}/change/", {"reason": "sonstiges"}
                           ).status_code == 403
