"""Helpers for the hardening tests: run the real CLI in a subprocess with a chosen environment."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import sqlite3
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run_cli(args: list[str], env_extra: dict[str, str], drop: tuple[str, ...] = (),
            timeout: int = 120) -> subprocess.CompletedProcess:
    """Run `augenhoehe ARGS` as a separate process (fresh settings, no test settings module)."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"DJANGO_SETTINGS_MODULE", "AUGENHOEHE_SECRET_KEY", "AUGENHOEHE_DEBUG", *drop}}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "augenhoehe.cli.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def data_dir(tmp_path, settings):
    """Secrets, snapshots and figures go to a temporary data directory."""
    settings.DATA_DIR = tmp_path
    return tmp_path


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Let the test see each redirect instead of following it."""

    def redirect_request(self, *args, **kwargs):
        return None


def wait_for(url: str, proc: subprocess.Popen, log: Path, context: ssl.SSLContext | None = None) -> None:
    """Wait until the URL answers (any HTTP status); fail with the process log if it died or never answers."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Prozess beendet:\n{log.read_text()}")
        try:
            urllib.request.urlopen(url, timeout=2, context=context)
            return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(f"{url} antwortet nicht:\n{log.read_text()}")


def stop(proc: subprocess.Popen) -> None:
    """Stop a process started in its own session (and its children)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


SERVER_URL = os.environ.get("AUGENHOEHE_DATABASE_URL", "")
ON_POSTGRES = SERVER_URL.startswith("postgres")


def pg_admin(sql: str) -> None:
    import psycopg

    parsed = urlparse(SERVER_URL)
    with psycopg.connect(host=parsed.hostname, port=parsed.port, user=parsed.username or "postgres",
                         password=parsed.password, dbname="postgres", autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture
def database_pair(tmp_path):
    """Two database URLs (source, target): fresh PostgreSQL databases, or SQLite files."""
    if not ON_POSTGRES:
        yield f"sqlite:///{tmp_path / 'src.sqlite3'}", f"sqlite:///{tmp_path / 'dst.sqlite3'}"
        return
    names = [f"bk_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("src", "dst")]
    for name in names:
        pg_admin(f'CREATE DATABASE "{name}"')
    base = SERVER_URL.rsplit("/", 1)[0]
    yield f"{base}/{names[0]}", f"{base}/{names[1]}"
    for name in names:
        pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def table_digests(url: str) -> dict[str, tuple[int, str]]:
    """Rows and a digest of the sorted rows of every table in the database."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(urlparse(url).path)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                             "AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for t in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"'))
            out[t] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        conn.close()
        return out
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return {t: tuple(conn.execute(f'SELECT count(*), md5(coalesce(string_agg(x::text, \'|\' ORDER BY x::text), '
                                      f'\'\')) FROM "{t}" x').fetchone()) for t in tables}
