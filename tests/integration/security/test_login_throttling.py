"""Password guessing: lockout after a few wrong passwords on both login pages, audited, admin unlock."""

from __future__ import annotations

import pytest
from django.test import Client as Browser

from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import AuditEvent
from tests.integration.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _guess(url: str, username: str, times: int) -> Browser:
    browser = Browser()
    for i in range(times):
        browser.post(url, {"username": username, "password": f"falsch-{i}"})
    return browser


@pytest.mark.parametrize("url", ["/anmelden/", "/admin/login/"])
def test_twenty_wrong_passwords_lock_the_login_even_for_the_right_password(world, url, settings):
    admin = User.objects.create_superuser("admin1", password=PASSWORD)
    browser = _guess(url, admin.username, 20)
    response = browser.post(url, {"username": admin.username, "password": PASSWORD})
    assert response.status_code == 429
    html = response.content.decode()
    assert "vorübergehend gesperrt" in html and f"{settings.AXES_FAILURE_LIMIT} falschen" in html
    assert "_auth_user_id" not in browser.session


def test_failed_successful_and_locked_logins_are_audited(world, settings):
    Browser().post("/anmelden/", {"username": "fk1", "password": PASSWORD})
    ok = AuditEvent.objects.get(action="login.success")
    assert ok.actor == world.cw_nord and ok.detail["ip"] == "127.0.0.1"
    _guess("/anmelden/", "fk2", settings.AXES_FAILURE_LIMIT + 1)
    failed = AuditEvent.objects.filter(action="login.failed", detail__username="fk2")
    assert failed.count() >= settings.AXES_FAILURE_LIMIT
    assert all(e.actor is None and "password" not in e.detail for e in failed)
    assert AuditEvent.objects.filter(action="login.locked", detail__username="fk2").exists()


def test_admin_unlocks_a_locked_login_and_the_unlock_is_audited(world, settings):
    _guess("/anmelden/", "fk1", settings.AXES_FAILURE_LIMIT)
    assert Browser().post("/anmelden/", {"username": "fk1", "password": PASSWORD}).status_code == 429
    admin = User.objects.create_superuser("admin1", password=PASSWORD)
    office = Browser()
    office.force_login(admin)
    response = office.post("/admin/accounts/user/", {"action": "unlock_logins", "_selected_action": [world.cw_nord.pk]},
                           follow=True)
    assert "Anmeldesperre" in response.content.decode()
    assert AuditEvent.objects.filter(action="login.unlocked", actor=admin, detail__username="fk1").exists()
    after = Browser().post("/anmelden/", {"username": "fk1", "password": PASSWORD})
    assert after.status_code == 302


def test_a_few_typos_do_not_lock(world, settings):
    browser = _guess("/anmelden/", "fk1", settings.AXES_FAILURE_LIMIT - 1)
    assert browser.post("/anmelden/", {"username": "fk1", "password": PASSWORD}).status_code == 302
