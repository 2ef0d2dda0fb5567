"""Transport and browser: no caching of case data, CSP without inline script, session limits, deploy check."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from django.test import Client as Browser

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.workspace.services import plans

from .conftest import run_cli

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parents[3] / "src" / "augenhoehe" / "web" / "templates"


def _as(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


def _agreed(world):
    version = plans.start_draft(world.case_a, world.cw_nord, date(2026, 9, 1))
    plans.save_draft(version, CooperationPlan(plan_date=date(2026, 9, 1), goal="Pflegehelferin", steps=[
        Step("Sie bewerben sich bei zwei Pflegediensten", owner=StepOwner.CLIENT, section=Section.NAECHSTE_SCHRITTE)]),
        version.revision, world.cw_nord)
    version.refresh_from_db()
    plans.agree(version, world.cw_nord, date(2026, 9, 1))
    return version


def test_pages_and_pdfs_with_case_data_are_not_stored(world):
    _agreed(world)
    staff, client = _as(world.cw_nord), _as(world.client_a)
    for browser, url in [(staff, "/faelle/"), (staff, f"/faelle/{world.case_a.public_id}/"),
                         (staff, f"/faelle/{world.case_a.public_id}/plan/v1/pdf/"), (client, "/portal/"),
                         (client, "/portal/plan.pdf"), (Browser(), "/anmelden/")]:
        response = browser.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_pages_carry_a_content_security_policy_without_inline_script(world):
    policy = _as(world.cw_nord).get("/faelle/")["Content-Security-Policy"]
    script = re.search(r"script-src ([^;]*)", policy).group(1)
    assert script.strip() == "'self'"
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


def test_templates_have_no_inline_script_or_event_handlers():
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(r"\son[a-z]+\s*=", text) \
                or "javascript:" in text or "hx-on" in text:
            offenders.append(path.name)
    assert offenders == []


def test_idle_session_is_logged_out_with_a_german_message(world, settings):
    browser = _as(world.cw_nord)
    assert browser.get("/faelle/").status_code == 200
    session = browser.session
    session["augenhoehe_seen"] = int(time.time()) - settings.SESSION_IDLE_SECONDS - 5
    session.save()
    response = browser.get("/faelle/", follow=True)
    assert response.redirect_chain[0][0].startswith("/anmelden/")
    assert "ohne Aktivität abgemeldet" in response.content.decode()
    assert browser.get("/faelle/").status_code == 302


def test_session_ends_after_a_working_day_even_when_active(world, settings):
    browser = _as(world.cw_nord)
    browser.get("/faelle/")
    session = browser.session
    session["augenhoehe_started"] = int(time.time()) - settings.SESSION_MAX_SECONDS - 5
    session.save()
    response = browser.get("/faelle/")
    assert response.status_code == 302 and response["Location"].startswith("/anmelden/")
    assert settings.SESSION_MAX_SECONDS <= 12 * 3600 and settings.SESSION_COOKIE_AGE <= 12 * 3600


PRODUCTION = {"AUGENHOEHE_HTTPS": "1", "AUGENHOEHE_ALLOWED_HOSTS": "augenhoehe.jobcenter.example",
              "AUGENHOEHE_CSRF_TRUSTED_ORIGINS": "https://augenhoehe.jobcenter.example"}


def test_deploy_check_passes_in_the_documented_production_configuration(tmp_path):
    env = {**PRODUCTION, "AUGENHOEHE_DATA_DIR": str(tmp_path), "AUGENHOEHE_SECRET_KEY": "s" * 20 + "ecret-" * 10}
    result = run_cli(["manage", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    shown = run_cli(["manage", "shell", "-c", "from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE,"
                     " s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER)"],
                    env)
    assert shown.stdout.strip().splitlines()[-1].split() == [
        "True", "True", "True", "31536000", "('HTTP_X_FORWARDED_PROTO',", "'https')"]


def test_deploy_check_fails_without_a_secret_key_or_without_https(tmp_path):
    without_key = run_cli(["manage", "check", "--deploy", "--fail-level", "WARNING"],
                          {**PRODUCTION, "AUGENHOEHE_DATA_DIR": str(tmp_path)})
    assert without_key.returncode != 0 and "AUGENHOEHE_SECRET_KEY" in without_key.stderr
    env = {**PRODUCTION, "AUGENHOEHE_HTTPS": "0", "AUGENHOEHE_DATA_DIR": str(tmp_path),
           "AUGENHOEHE_SECRET_KEY": "s" * 20 + "ecret-" * 10}
    without_https = run_cli(["manage", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert without_https.returncode != 0
    assert "security.W004" in without_https.stderr + without_https.stdout
