"""Real-browser fixtures: one gunicorn server on fresh demo data, Debian's chromium, logins.

The server runs as a subprocess in a temporary data directory, so the tests never touch ./var.
"today" is pinned so the law of the day (and the demo dates) do not drift with the calendar.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = ROOT / ".cache" / "axe" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
PASSWORD = "augenhoehe-demo"
TODAY = "2026-11-24"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage"]


@dataclass
class Server:
    """The running app: its address and data directory."""

    url: str
    data_dir: Path
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 (local server)
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@dataclass
class _Started:
    proc: subprocess.Popen
    url: str
    data_dir: Path
    log: Path


@pytest.fixture(scope="session")
def _server_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Started]:
    """Fresh demo data, then gunicorn started in the background (the browser launches meanwhile)."""
    data_dir = tmp_path_factory.mktemp("augenhoehe-e2e")
    env = {k: v for k, v in os.environ.items() if k != "AUGENHOEHE_DATABASE_URL"}
    env.update({"AUGENHOEHE_DATA_DIR": str(data_dir), "AUGENHOEHE_FAST_PASSWORD_HASH": "1",
                "AUGENHOEHE_TODAY": TODAY, "AUGENHOEHE_DEBUG": "0",
                "AUGENHOEHE_CASE_ACCESS": "team"})  # two caseworkers edit one draft in test_editing
    cli = [sys.executable, "-m", "augenhoehe.cli.main"]
    demo = subprocess.run([*cli, "demo", "--reset", "--source", "fixtures"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, f"Demo-Daten konnten nicht angelegt werden:\n{demo.stdout}\n{demo.stderr}"
    port = _free_port()
    log = data_dir / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen([*cli, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
                                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        yield _Started(proc, f"http://127.0.0.1:{port}", data_dir, log)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # our own session: gunicorn master and workers
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)


@pytest.fixture(scope="session")
def server(_server_process: _Started) -> Server:
    """A real gunicorn server on a free port with fresh demo data; stopped after the session."""
    started = _server_process
    deadline = time.monotonic() + 90
    while not _answers(f"{started.url}/anmelden/"):
        if started.proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"Server startete nicht (rc={started.proc.poll()}):\n{started.log.read_text()}")
        time.sleep(0.1)
    return Server(url=started.url, data_dir=started.data_dir, log=started.log)


@pytest.fixture(scope="session")
def browser(_server_process) -> Iterator[object]:
    """Debian's headless chromium driven by Playwright (launched while the server warms up)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} fehlt: bitte scripts/install-system-deps.sh ausführen.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def _logins() -> dict[str, dict]:
    """Cookies of users who already logged in once through the form (saves a login per test)."""
    return {}


@pytest.fixture
def new_context(browser, server: Server) -> Iterator[Callable]:
    """Factory for fresh browser contexts (separate cookies = separate people); closed after the test."""
    contexts = []

    def make(storage_state: dict | None = None):
        context = browser.new_context(base_url=server.url, locale="de-DE", accept_downloads=True,
                                      viewport={"width": 1280, "height": 900},
                                      storage_state=storage_state)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A page in a fresh, logged-out context."""
    return new_context().new_page()


@pytest.fixture
def page_as(new_context, _logins) -> Callable:
    """page_as("fk.nord1") -> a page logged in as that user, in its own context (own cookies)."""

    def make(username: str):
        if username in _logins:
            page = new_context(_logins[username]).new_page()
            page.goto("/")
            return page
        page = new_context().new_page()
        login(page, username)
        _logins[username] = page.context.storage_state()
        return page

    return make


def login(page, username: str, password: str = PASSWORD) -> None:
    """Log in through the real login form and wait until the start page of the role is shown."""
    page.goto("/anmelden/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(lambda url: "/anmelden/" not in url)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot as a test artefact."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_source() -> str:
    """The axe-core script; fail clearly if scripts/install-system-deps.sh did not fetch it."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} fehlt: bitte scripts/install-system-deps.sh ausführen "
                    "(lädt axe-core aus der npm-Registry).")
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
    """Run axe-core (WCAG 2.1 A/AA) on the current page; return violations with the given impacts."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())  # not a <script> tag: the app's CSP allows no inline script
    result = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})")
    return [v for v in result["violations"] if v.get("impact") in impacts]


def describe_violations(violations: list[dict]) -> str:
    """Readable list of axe violations for an assertion message."""
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node.get('failureSummary', '')}")
    return "\n".join(lines)


_CASE_IDS: dict[str, str] = {}
NO_CASE = "00000000-0000-4000-8000-000000000000"
"""A well-formed public id that names no case."""


def case_public_id_of(page, person: str) -> str:
    """The public id behind the caseload link of a person ("Nachname, Vorname"); page must be a caseworker's.

    Ids are remembered for the session (one server, one demo database); the page is left on the caseload.
    """
    page.goto("/faelle/")
    if person not in _CASE_IDS:
        href = page.get_by_role("link", name=person).get_attribute("href")
        _CASE_IDS[person] = str(uuid.UUID(href.strip("/").split("/")[-1]))
    return _CASE_IDS[person]


def field(label: str) -> re.Pattern[str]:
    """Match a form label exactly, with or without Django's trailing colon."""
    return re.compile(rf"^\s*{re.escape(label)}:?\s*$")


def nav(page):
    """The main navigation in the page header."""
    return page.get_by_role("navigation", name="Hauptnavigation")
