"""Single sign-on against a real OIDC provider process (oidc-provider-mock), roles mapped from claims."""

from __future__ import annotations

import http.cookiejar
import json
import os
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT, NoRedirect, free_port, run_cli, stop, wait_for


def _open(opener, url: str, data: bytes | None = None) -> tuple[int, str, str]:
    """(status, Location, body) without following redirects."""
    try:
        response = opener.open(urllib.request.Request(url, data=data), timeout=20)
        return response.status, "", response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location", ""), exc.read().decode(errors="replace")


@dataclass
class Sso:
    app: str
    idp: str
    db: Path


@pytest.fixture(scope="module")
def sso(tmp_path_factory) -> Iterator[Sso]:
    """The identity provider and the app (gunicorn, SQLite demo data) as separate processes."""
    tmp = tmp_path_factory.mktemp("sso")
    idp_port, app_port = free_port(), free_port()
    idp = f"http://127.0.0.1:{idp_port}"
    procs = []
    try:
        idp_log = tmp / "idp.log"
        with idp_log.open("w") as out:
            procs.append(subprocess.Popen([sys.executable, "-m", "oidc_provider_mock", "--port", str(idp_port)],
                                          env={**os.environ, "AUTHLIB_INSECURE_TRANSPORT": "1"}, stdout=out,
                                          stderr=subprocess.STDOUT, start_new_session=True))
        wait_for(f"{idp}/.well-known/openid-configuration", procs[0], idp_log)
        discovery = json.loads(urllib.request.urlopen(f"{idp}/.well-known/openid-configuration").read())
        env = {"AUGENHOEHE_DATA_DIR": str(tmp / "data"), "AUGENHOEHE_FAST_PASSWORD_HASH": "1",
               "AUGENHOEHE_DATABASE_URL": f"sqlite:///{tmp / 'data' / 'augenhoehe.sqlite3'}",
               "AUGENHOEHE_OIDC_CLIENT_ID": "augenhoehe", "AUGENHOEHE_OIDC_CLIENT_SECRET": "geheim",
               "AUGENHOEHE_OIDC_AUTHORIZATION_ENDPOINT": discovery["authorization_endpoint"],
               "AUGENHOEHE_OIDC_TOKEN_ENDPOINT": discovery["token_endpoint"],
               "AUGENHOEHE_OIDC_USERINFO_ENDPOINT": discovery["userinfo_endpoint"],
               "AUGENHOEHE_OIDC_JWKS_ENDPOINT": discovery["jwks_uri"]}
        assert run_cli(["demo", "--source", "fixtures"], env).returncode == 0
        app_log = tmp / "app.log"
        base = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "AUGENHOEHE_SECRET_KEY"}}
        with app_log.open("w") as out:
            procs.append(subprocess.Popen([sys.executable, "-m", "augenhoehe.cli.main", "serve", "--bind",
                                           f"127.0.0.1:{app_port}", "--workers", "1"], cwd=ROOT,
                                          env={**base, **env}, stdout=out, stderr=subprocess.STDOUT,
                                          start_new_session=True))
        wait_for(f"http://127.0.0.1:{app_port}/anmelden/", procs[1], app_log)
        for sub, claims in {
            "ina": {"preferred_username": "ina.meyer", "given_name": "Ina", "family_name": "Meyer",
                    "email": "ina.meyer@jobcenter.example", "groups": ["augenhoehe-fachkraft"], "team": "Nord"},
            "tom": {"preferred_username": "tom.lead", "groups": ["augenhoehe-teamleitung", "alle"], "team": "Nord"},
            "eva": {"preferred_username": "eva.extern", "groups": ["kantine"]},
        }.items():
            request = urllib.request.Request(f"{idp}/users/{sub}", data=json.dumps(claims).encode(), method="PUT",
                                             headers={"Content-Type": "application/json"})
            urllib.request.urlopen(request)
        yield Sso(app=f"http://127.0.0.1:{app_port}", idp=idp, db=tmp / "data" / "augenhoehe.sqlite3")
    finally:
        for proc in procs:
            stop(proc)


def _sso_login(sso: Sso, sub: str):
    """Go through the real redirect dance; return the browser and where the app sent it at the end."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    status, authorize, _ = _open(opener, f"{sso.app}/oidc/authenticate/")
    assert status == 302 and authorize.startswith(sso.idp), authorize
    status, callback, body = _open(opener, authorize, urllib.parse.urlencode({"sub": sub}).encode())
    assert status == 302 and callback.startswith(f"{sso.app}/oidc/callback/"), body
    status, landing, _ = _open(opener, callback)
    assert status == 302
    return opener, landing


def _user(sso: Sso, username: str):
    with sqlite3.connect(sso.db) as conn:
        return conn.execute("SELECT u.role, t.name, u.first_name, u.is_staff FROM accounts_user u "
                            "LEFT JOIN accounts_team t ON t.id = u.team_id WHERE u.username = ?",
                            (username,)).fetchone()


def test_login_page_offers_sso_and_local_passwords_stay(sso):
    html = urllib.request.urlopen(f"{sso.app}/anmelden/").read().decode()
    assert "Mit dem Jobcenter-Konto anmelden" in html and 'name="password"' in html


def test_caseworker_from_the_directory_gets_role_and_team_from_claims(sso):
    opener, landing = _sso_login(sso, "ina")
    assert not landing.startswith("/anmelden/")
    assert _open(opener, f"{sso.app}/faelle/")[0] == 200
    with sqlite3.connect(sso.db) as conn:
        stored = conn.execute("SELECT c.public_id FROM workspace_case c JOIN workspace_client p "
                              "ON p.id = c.client_id WHERE p.last_name = 'Becker'").fetchone()[0]
    status, location, _ = _open(opener, f"{sso.app}/faelle/{uuid.UUID(stored)}/")
    assert status == 302 and "/zugang/" in location  # a case of her team (Nord): open after giving a reason
    assert _user(sso, "ina.meyer") == ("caseworker", "Nord", "Ina", 0)
    with sqlite3.connect(sso.db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM workspace_auditevent WHERE action = 'login.success' "
                            "AND detail LIKE '%ina.meyer%'").fetchone()[0] == 1


def test_team_lead_role_is_mapped_and_gets_no_case_pages(sso):
    opener, _ = _sso_login(sso, "tom")
    assert _open(opener, f"{sso.app}/team/")[0] == 200
    assert _open(opener, f"{sso.app}/faelle/")[0] == 403
    assert _user(sso, "tom.lead")[0] == "team_lead"


def test_directory_account_without_a_mapped_role_is_refused(sso):
    opener, landing = _sso_login(sso, "eva")
    assert "sso=fehlgeschlagen" in landing
    assert _user(sso, "eva.extern") is None
    status, _, body = _open(opener, f"{sso.app}{landing}" if landing.startswith("/") else landing)
    assert "keine Rolle in augenhoehe" in body
