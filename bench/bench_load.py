"""Load benchmark on PostgreSQL (issue 10): 50 staff users for 10 minutes, p95 per page, 0 errors expected.

Starts a throwaway PostgreSQL cluster (scripts/pg.sh), seeds cases, runs the app with gunicorn and
simulated caseworkers (one process each, keep-alive connection, about a second of think time) who
open their caseload, a case page, run the live check of the plan editor and download a plan PDF.
Usage: python bench/bench_load.py [--users 50] [--seconds 600] [--cases 5000] [--quick]
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
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import _free_port, _percentile, _send, _wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("caseload", "case", "check", "pdf")
CSRF = "a" * 32  # an unmasked CSRF secret as cookie and header (what htmx sends)


def _request(conn: http.client.HTTPConnection, method: str, path: str, cookie: str, body: str = "") -> int:
    headers = {"Cookie": f"sessionid={cookie}; csrftoken={CSRF}", "X-CSRFToken": CSRF, "HX-Request": "true"}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    return _send(conn, method, path, headers, body)


def _user(port: int, cookie: str, cases: list[str], seconds: float, ready, out) -> None:  # noqa: ANN001
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    rng = random.Random(cookie)
    check_body = urllib.parse.urlencode({"goal": "Lagerlogistik", "interim_goal": "Staplerschein",
                                         "steps-TOTAL_FORMS": "1", "steps-INITIAL_FORMS": "0",
                                         "steps-0-text": "Sie bewerben sich zweimal im Monat bei Speditionen",
                                         "steps-0-owner": "client", "steps-0-section": "naechste_schritte"})
    _request(conn, "GET", "/faelle/", cookie)
    ready.wait()
    samples: dict[str, list[float]] = {p: [] for p in PAGES}
    errors = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        page, case = rng.choice(PAGES), rng.choice(cases)
        method, path, body = {
            "caseload": ("GET", "/faelle/", ""), "case": ("GET", f"/faelle/{case}/", ""),
            "check": ("POST", f"/faelle/{case}/plan/pruefen/", check_body),
            "pdf": ("GET", f"/faelle/{case}/plan/v1/pdf/", "")}[page]
        start = time.perf_counter()
        errors += _request(conn, method, path, cookie, body) != 200
        samples[page].append((time.perf_counter() - start) * 1000)
        time.sleep(rng.uniform(0.5, 1.5))
    out.put((samples, errors))


def main() -> int:
    """Cluster, seed, server, load; print p95 per page and the error count."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="10 users, 20 s")
    args, _ = parser.parse_known_args()
    if args.quick:
        args.users, args.seconds = 10, 20.0
    cluster, pg_port = tempfile.mkdtemp(prefix="augenhoehe-bench-pg-"), _free_port()
    subprocess.run(["bash", "scripts/pg.sh", "start", cluster, str(pg_port)], cwd=ROOT, check=True)
    server = None
    try:
        subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-p", str(pg_port), "-U", "postgres", "-c",
                        "create database augenhoehe"], check=True)
        os.environ.update({"AUGENHOEHE_DATA_DIR": tempfile.mkdtemp(prefix="augenhoehe-bench-"),
                           "AUGENHOEHE_DATABASE_URL": f"postgresql://postgres@127.0.0.1:{pg_port}/augenhoehe",
                           "DJANGO_SETTINGS_MODULE": "augenhoehe.web.settings",
                           "AUGENHOEHE_SECRET_KEY": secrets.token_urlsafe(64)})
        import django

        django.setup()
        from django.core.management import call_command
        from seed_web import case_public_ids, seed, session_cookie

        call_command("migrate", verbosity=0)
        workers = seed(args.cases, max(args.users, args.cases // 100), date.today())
        users = [(session_cookie(w), case_public_ids(w, with_plan=True)) for w in workers[: args.users]]
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "augenhoehe.cli.main", "serve", "--bind",
                                   f"127.0.0.1:{port}", "--workers", "4", "--threads", "2"],
                                  env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        _wait_for(port)
        queue: mp.Queue = mp.Queue()
        ready = mp.Event()
        procs = [mp.Process(target=_user, args=(port, c, ids, args.seconds, ready, queue)) for c, ids in users]
        for p in procs:
            p.start()
        time.sleep(3)
        ready.set()
        results = [queue.get() for _ in procs]
        for p in procs:
            p.join()
        print(f"{len(users)} concurrent users, {args.seconds:.0f} s, PostgreSQL, think time 0.5-1.5 s, "
              f"4 gunicorn workers x 2 threads")
        for page in PAGES:
            values = [v for samples, _ in results for v in samples[page]]
            if not values:
                continue
            print(f"  {page:9} n={len(values):6d}  p50={statistics.median(values):7.1f} ms  "
                  f"p95={_percentile(values, 0.95):7.1f} ms  p99={_percentile(values, 0.99):7.1f} ms")
        total = sum(len(v) for samples, _ in results for v in samples.values())
        errors = sum(e for _, e in results)
        print(f"  throughput {total / args.seconds:.0f} requests/s, errors {errors}")
        return 1 if errors else 0
    finally:
        if server is not None:
            os.killpg(server.pid, 15)
            server.wait()
        subprocess.run(["bash", "scripts/pg.sh", "stop", cluster], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
