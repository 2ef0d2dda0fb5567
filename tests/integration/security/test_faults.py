"""Faults on the real stack: PostgreSQL stops for a while; the app says "bitte erneut versuchen" and recovers.

Runs in the PostgreSQL pass of `make test` with a cluster of its own (scripts/pg.sh), gunicorn started
by `augenhoehe serve`, and requests over HTTP.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT, NoRedirect, free_port, run_cli, stop, wait_for
from .test_backup import ON_POSTGRES

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL pass of make test")
PGBIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1] if Path("/usr/lib/postgresql").is_dir() else None


def _as_pg(*cmd: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *cmd], check=True, capture_output=True)


def _pg(action: str, cluster: Path, port: int) -> None:
    if action == "start":
        _as_pg(str(PGBIN / "pg_ctl"), "-D", str(cluster / "data"), "-l", str(cluster / "log"), "-w", "-o",
               f"-p {port} -k {cluster} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    else:
        _as_pg(str(PGBIN / "pg_ctl"), "-D", str(cluster / "data"), "-m", "fast", "-w", "stop")


@pytest.fixture
def app_on_own_cluster(tmp_path):
    """A PostgreSQL cluster of its own (it gets stopped), demo data, gunicorn; yields (url, cluster, port)."""
    cluster, port = Path(f"/tmp/augenhoehe-fault-{os.getpid()}"), free_port()
    subprocess.run(["bash", "scripts/pg.sh", "start", str(cluster), str(port)], cwd=ROOT, check=True)
    proc = None
    try:
        subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-c",
                        "create database augenhoehe"], check=True)
        env = {"AUGENHOEHE_DATABASE_URL": f"postgresql://postgres@127.0.0.1:{port}/augenhoehe",
               "AUGENHOEHE_DATA_DIR": str(tmp_path / "data"), "AUGENHOEHE_FAST_PASSWORD_HASH": "1"}
        assert run_cli(["demo", "--source", "fixtures"], env).returncode == 0
        app_port = free_port()
        log = tmp_path / "app.log"
        base = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "AUGENHOEHE_SECRET_KEY"}}
        with log.open("w") as out:
            proc = subprocess.Popen([sys.executable, "-m", "augenhoehe.cli.main", "serve", "--bind",
                                     f"127.0.0.1:{app_port}", "--workers", "2"], cwd=ROOT, env={**base, **env},
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        wait_for(f"http://127.0.0.1:{app_port}/anmelden/", proc, log)
        yield f"http://127.0.0.1:{app_port}", cluster, port
    finally:
        if proc is not None:
            stop(proc)
        subprocess.run(["bash", "scripts/pg.sh", "stop", str(cluster)], cwd=ROOT)


def _logged_in(url: str):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    page = opener.open(f"{url}/anmelden/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": "fk.nord1",
                                   "password": "augenhoehe-demo"}).encode()
    try:
        opener.open(urllib.request.Request(f"{url}/anmelden/", data=data))
    except urllib.error.HTTPError as exc:
        assert exc.code == 302
    return opener


def _get(opener, url: str) -> tuple[int, str]:
    try:
        response = opener.open(url, timeout=20)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_database_away_gives_a_german_retry_page_and_the_app_recovers_by_itself(app_on_own_cluster):
    url, cluster, port = app_on_own_cluster
    opener = _logged_in(url)
    assert _get(opener, f"{url}/faelle/")[0] == 200
    _pg("stop", cluster, port)
    try:
        status, body = _get(opener, f"{url}/faelle/")
        assert status == 503
        assert "erneut" in body and "nicht erreichbar" in body and "Traceback" not in body
    finally:
        _pg("start", cluster, port)
    status, body = _get(opener, f"{url}/faelle/")  # no restart of the app: the next request reconnects
    assert status == 200 and "Becker" in body
