"""Load benchmark on PostgreSQL (issue 10): 50 staff users for 10 minutes, 0 errors, p95 per page.

Starts a throwaway PostgreSQL cluster (scripts/pg.sh), seeds cases, runs the app with gunicorn and
simulated caseworkers (one process each, keep-alive connection, 0.5-1.5 s between clicks) who open
their caseload, a case page, the plan editor of a draft, run the live check and download a plan PDF.
Every case page, editor and PDF read writes an audit entry, so the run writes as well as reads.

Usage: python bench/bench_load.py [--users N] [--seconds S] [--cases 5000] [--quick]
Users and seconds also come from AUGENHOEHE_LOAD_USERS / AUGENHOEHE_LOAD_SECONDS (the options win);
without either it is the issue's full run, 50 users for 600 s. `make bench` runs 60 s by default
(scripts/run-bench.sh); `AUGENHOEHE_LOAD_SECONDS=600 make bench` runs the full 10 minutes.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import _free_port, _percentile, _send, _wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_USERS, TARGET_SECONDS = 50, 600.0
MIX = {"caseload": 20, "case": 25, "plan": 20, "check": 25, "pdf": 10}
"""How often a user clicks each page (per cent): the live check runs while typing, a PDF is rarer."""
LABELS = {"caseload": "caseload (Meine Fälle)", "case": "case page", "plan": "plan page (editor)",
          "check": "live check", "pdf": "plan PDF"}
CSRF = "a" * 32  # an unmasked CSRF secret as cookie and header (what htmx sends)


def _request(conn: http.client.HTTPConnection, method: str, path: str, cookie: str, body: str = "") -> int:
    """Send one request as the user; a broken connection counts as status 0 (an error) and reconnects."""
    headers = {"Cookie": f"sessionid={cookie}; csrftoken={CSRF}", "X-CSRFToken": CSRF, "HX-Request": "true"}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        return _send(conn, method, path, headers, body)
    except (OSError, http.client.HTTPException):
        conn.close()
        return 0


def _path(page: str, cases: list[str], drafts: list[str], rng: random.Random) -> tuple[str, str]:
    case = rng.choice(cases)
    return {"caseload": ("GET", "/faelle/"), "case": ("GET", f"/faelle/{case}/"),
            "plan": ("GET", f"/faelle/{rng.choice(drafts or cases)}/plan/"),
            "check": ("POST", f"/faelle/{case}/plan/pruefen/"), "pdf": ("GET", f"/faelle/{case}/plan/v1/pdf/")}[page]


def _user(port: int, cookie: str, cases: list[str], drafts: list[str], seconds: float,
          warm, ready, out) -> None:  # noqa: ANN001
    """One caseworker: every page once (warm-up, not measured), then clicks until the time is up."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    rng = random.Random(cookie)
    check_body = urllib.parse.urlencode({"goal": "Lagerlogistik", "interim_goal": "Staplerschein",
                                         "steps-TOTAL_FORMS": "1", "steps-INITIAL_FORMS": "0",
                                         "steps-0-text": "Sie bewerben sich zweimal im Monat bei Speditionen",
                                         "steps-0-owner": "client", "steps-0-section": "naechste_schritte"})
    for page in MIX:
        _request(conn, *_path(page, cases, drafts, rng), cookie, check_body if page == "check" else "")
    warm.put(1)
    ready.wait()
    samples: dict[str, list[float]] = {p: [] for p in MIX}
    errors: Counter[str] = Counter()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        page = rng.choices(list(MIX), weights=list(MIX.values()))[0]
        method, path = _path(page, cases, drafts, rng)
        start = time.perf_counter()
        status = _request(conn, method, path, cookie, check_body if page == "check" else "")
        samples[page].append((time.perf_counter() - start) * 1000)
        if status != 200:
            errors[f"{page} {status}"] += 1
        time.sleep(rng.uniform(0.5, 1.5))
    out.put((samples, errors))


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def _report(results: list, users: int, seconds: float, started: str, load_before: str) -> int:
    """Print the targets, the figures per page and the errors; 1 when there was any error."""
    print(f"Target (issue 10): {TARGET_USERS} concurrent staff users for {TARGET_SECONDS:.0f} s on PostgreSQL, "
          "0 errors; p95 reported for caseload, plan page, live check and PDF.")
    if users < TARGET_USERS or seconds < TARGET_SECONDS:
        print(f"  This run is shorter: {users} users, {seconds:.0f} s "
              f"(full run: AUGENHOEHE_LOAD_SECONDS={TARGET_SECONDS:.0f} AUGENHOEHE_LOAD_USERS={TARGET_USERS}).")
    print(f"{users} concurrent users, {seconds:.0f} s, PostgreSQL, think time 0.5-1.5 s, 4 gunicorn workers x "
          f"2 threads; started {started}; {os.cpu_count()} CPUs; load average before {load_before}, "
          f"after {_loadavg()}")
    print(f"  {'page':24} {'mix':>4} {'n':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for page, label in LABELS.items():
        values = [v for samples, _ in results for v in samples[page]]
        if values:
            print(f"  {label:24} {MIX[page]:3d}% {len(values):7d} {statistics.median(values):8.1f} "
                  f"{_percentile(values, 0.95):8.1f} {_percentile(values, 0.99):8.1f}")
    total = sum(len(v) for samples, _ in results for v in samples.values())
    errors: Counter[str] = sum((e for _, e in results), Counter())
    verdict = "OK" if not errors else "ERRORS: " + ", ".join(f"{k} x{n}" for k, n in errors.most_common())
    print(f"  requests {total}, throughput {total / seconds:.1f} requests/s, errors {sum(errors.values())} ({verdict})")
    return 1 if errors else 0


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=int(os.environ.get("AUGENHOEHE_LOAD_USERS", TARGET_USERS)))
    parser.add_argument("--seconds", type=float,
                        default=float(os.environ.get("AUGENHOEHE_LOAD_SECONDS", TARGET_SECONDS)))
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="10 users, 20 s")
    args, _ = parser.parse_known_args()
    if args.quick:
        args.users, args.seconds = 10, 20.0
    return args


def main() -> int:
    """Cluster, seed, server, load; print the targets, p50/p95/p99 per page and the errors."""
    args = _options()
    cluster, pg_port = tempfile.mkdtemp(prefix="augenhoehe-bench-pg-"), _free_port()
    subprocess.run(["bash", "scripts/pg.sh", "start", cluster, str(pg_port)], cwd=ROOT, check=True)
    server, data_dir = None, Path(tempfile.mkdtemp(prefix="augenhoehe-bench-"))
    try:
        subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-p", str(pg_port), "-U", "postgres", "-c",
                        "create database augenhoehe"], check=True)
        os.environ.update({"AUGENHOEHE_DATA_DIR": str(data_dir),
                           "AUGENHOEHE_DATABASE_URL": f"postgresql://postgres@127.0.0.1:{pg_port}/augenhoehe",
                           "DJANGO_SETTINGS_MODULE": "augenhoehe.web.settings",
                           "AUGENHOEHE_SECRET_KEY": secrets.token_urlsafe(64)})
        import django

        django.setup()
        from django.core.management import call_command
        from seed_web import case_public_ids, seed, session_cookie

        call_command("migrate", verbosity=0)
        workers = seed(args.cases, max(args.users, args.cases // 100), date.today())
        users = [(session_cookie(w), case_public_ids(w, with_plan=True), case_public_ids(w, drafts=True))
                 for w in workers[: args.users]]
        port = _free_port()
        with (data_dir / "server.log").open("w") as log:
            server = subprocess.Popen([sys.executable, "-m", "augenhoehe.cli.main", "serve", "--bind",
                                       f"127.0.0.1:{port}", "--workers", "4", "--threads", "2"],
                                      env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=log,
                                      start_new_session=True)
        _wait_for(port)
        queue: mp.Queue = mp.Queue()
        warm: mp.Queue = mp.Queue()
        ready = mp.Event()
        procs = [mp.Process(target=_user, args=(port, c, ids, drafts, args.seconds, warm, ready, queue))
                 for c, ids, drafts in users]
        for p in procs:
            p.start()
        for _ in procs:
            warm.get()  # every user has opened every page once
        started, load_before = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"), _loadavg()
        ready.set()
        results = [queue.get() for _ in procs]
        for p in procs:
            p.join()
        failed = _report(results, len(users), args.seconds, started, load_before)
        if failed:
            print("  server log (last lines):\n" + "\n".join((data_dir / "server.log").read_text().splitlines()[-20:]))
        return failed
    finally:
        if server is not None:
            os.killpg(server.pid, 15)
            server.wait()
        subprocess.run(["bash", "scripts/pg.sh", "stop", cluster], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
