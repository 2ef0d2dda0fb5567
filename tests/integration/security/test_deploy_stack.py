"""The deployment stack as processes (no container engine here): PostgreSQL, gunicorn, nginx with TLS.

Same pieces as deploy/compose.yaml: the app started by `augenhoehe serve` with AUGENHOEHE_HTTPS=1,
nginx configured from deploy/nginx/augenhoehe.conf.template, a certificate from `augenhoehe tls-cert`.
Runs in the PostgreSQL pass of `make test`.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import shutil
import ssl
import string
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from .conftest import ON_POSTGRES, ROOT, SERVER_URL, NoRedirect, free_port, pg_admin, run_cli, stop, wait_for

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
needs_postgres = pytest.mark.skipif(not ON_POSTGRES,
                                    reason="the stack runs on PostgreSQL (PostgreSQL pass of make test)")


@pytest.fixture
def stack(tmp_path):
    """Start PostgreSQL database, gunicorn and nginx; yield the HTTPS and HTTP addresses."""
    if not os.path.exists(NGINX):
        pytest.fail("nginx fehlt: bitte scripts/install-system-deps.sh ausführen.")
    db = f"stack_{uuid.uuid4().hex[:8]}"
    pg_admin(f'CREATE DATABASE "{db}"')
    app_port, tls_port, http_port = free_port(), free_port(), free_port()
    env = {"AUGENHOEHE_DATABASE_URL": f"{SERVER_URL.rsplit('/', 1)[0]}/{db}",
           "AUGENHOEHE_DATA_DIR": str(tmp_path / "data"), "AUGENHOEHE_HTTPS": "1",
           "AUGENHOEHE_ALLOWED_HOSTS": "localhost", "AUGENHOEHE_FAST_PASSWORD_HASH": "1"}
    procs: list[subprocess.Popen] = []
    try:
        for step in (["keys", "init"], ["demo", "--source", "fixtures"],
                     ["tls-cert", "--dir", str(tmp_path / "certs"), "--host", "localhost"]):
            done = run_cli(step, env)
            assert done.returncode == 0, done.stderr
        full_env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "AUGENHOEHE_SECRET_KEY"}}
        app_log = tmp_path / "app.log"
        with app_log.open("w") as out:
            procs.append(subprocess.Popen([sys.executable, "-m", "augenhoehe.cli.main", "serve", "--bind",
                                           f"127.0.0.1:{app_port}", "--workers", "2"], cwd=ROOT,
                                          env={**full_env, **env}, stdout=out, stderr=subprocess.STDOUT,
                                          start_new_session=True))
        template = string.Template((ROOT / "deploy" / "nginx" / "augenhoehe.conf.template").read_text())
        server = template.safe_substitute(HTTP_PORT=f"127.0.0.1:{http_port}", TLS_PORT=f"127.0.0.1:{tls_port}",
                                          PUBLIC_TLS_PORT=tls_port, CERT_DIR=tmp_path / "certs",
                                          AUGENHOEHE_UPSTREAM=f"127.0.0.1:{app_port}")
        prefix = tmp_path / "nginx"
        prefix.mkdir()
        conf = prefix / "nginx.conf"
        conf.write_text(f"daemon off;\nmaster_process off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
                        f"events {{}}\nhttp {{\n access_log off;\n client_body_temp_path {prefix}/body;\n"
                        f" proxy_temp_path {prefix}/proxy;\n{server}\n}}\n")
        nginx_log = prefix / "error.log"
        with (prefix / "out.log").open("w") as out:
            procs.append(subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(conf)], stdout=out,
                                          stderr=subprocess.STDOUT, start_new_session=True))
        context = ssl.create_default_context(cafile=str(tmp_path / "certs" / "tls.crt"))
        wait_for(f"http://127.0.0.1:{app_port}/anmelden/", procs[0], app_log)
        wait_for(f"https://localhost:{tls_port}/anmelden/", procs[1], nginx_log, context)
        yield f"https://localhost:{tls_port}", f"http://localhost:{http_port}", f"http://localhost:{app_port}", context
    finally:
        for proc in procs:
            stop(proc)
        pg_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


@needs_postgres
def test_stack_serves_https_with_hardened_headers_and_a_working_login(stack):
    https, plain_http, app, context = stack
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context),
                                         urllib.request.HTTPCookieProcessor(cookies), NoRedirect)
    page = opener.open(f"{https}/anmelden/")
    assert page.status == 200
    assert page.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert "no-store" in page.headers["Cache-Control"]
    assert all(c.secure for c in cookies), "cookies must be Secure behind HTTPS"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode()).group(1)
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": "fk.nord1",
                                   "password": "augenhoehe-demo"}).encode()
    request = urllib.request.Request(f"{https}/anmelden/", data=form, headers={"Referer": f"{https}/anmelden/"})
    with pytest.raises(urllib.error.HTTPError) as login:
        opener.open(request)
    assert login.value.code == 302
    caseload = opener.open(f"{https}/faelle/")
    assert caseload.status == 200 and "Becker" in caseload.read().decode()

    for plain in (f"{plain_http}/faelle/", f"{app}/faelle/"):  # plain HTTP at the proxy, or past it, goes to HTTPS
        with pytest.raises(urllib.error.HTTPError) as redirected:
            urllib.request.build_opener(NoRedirect).open(plain)
        assert redirected.value.code == 301 and redirected.value.headers["Location"].startswith("https://")


def test_compose_file_wires_database_app_and_tls_proxy_with_the_tested_template():
    import yaml

    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    services = compose["services"]
    assert {"db", "app", "proxy"} <= services.keys()
    assert services["app"]["build"]["dockerfile"] == "deploy/Containerfile"
    assert services["app"]["environment"]["AUGENHOEHE_HTTPS"] == "1"
    template = "./nginx/augenhoehe.conf.template:/etc/nginx/templates/default.conf.template:ro"
    assert template in services["proxy"]["volumes"]
    containerfile = (ROOT / "deploy" / "Containerfile").read_text()
    for copied in re.findall(r"^COPY (\S+)", containerfile, flags=re.MULTILINE):
        assert (ROOT / copied).exists(), copied
