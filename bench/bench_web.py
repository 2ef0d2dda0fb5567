"""Web benchmark: 20,000 cases in SQLite; caseload and plan page under 20 concurrent users.

Target (issue 2): p95 < 150 ms for both pages on this 2-core machine. Each simulated user is a
separate process with a keep-alive connection; the run is done once with a think time between
clicks (people read a page before the next click) and once without (saturation).
Usage: python bench/bench_web.py [--cases 20000] [--users 20] [--seconds 20] [--think-ms 1000] [--quick]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGES = ("caseload", "plan")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _send(conn: http.client.HTTPConnection, method: str, path: str, headers: dict[str, str],
          body: str = "") -> int:
    """Send a request; reconnect once when the server closed an idle keep-alive connection."""
    for attempt in (1, 2):
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            response.read()
            return response.status
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            conn.close()
            if attempt == 2:
                raise
    return 0


def _get(conn: http.client.HTTPConnection, path: str, cookie: str) -> int:
    """GET a page as the user with that session cookie."""
    return _send(conn, "GET", path, {"Cookie": f"sessionid={cookie}"})


def _user_loop(port: int, cookie: str, case_ids: list[str], seconds: float, think_ms: float,
               ready, out) -> None:  # noqa: ANN001
    """One user: warm up, wait for the start signal, click caseload and case pages (cases by public id)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    rng = random.Random(cookie)
    _get(conn, "/faelle/", cookie)
    _get(conn, f"/faelle/{case_ids[0]}/", cookie)
    ready.wait()
    samples: dict[str, list[float]] = {page: [] for page in PAGES}
    errors = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        page = rng.choice(PAGES)
        path = "/faelle/" if page == "caseload" else f"/faelle/{rng.choice(case_ids)}/"
        start = time.perf_counter()
        errors += _get(conn, path, cookie) != 200
        samples[page].append((time.perf_counter() - start) * 1000)
        if think_ms:
            time.sleep(rng.uniform(0.5, 1.5) * think_ms / 1000)
    out.put((samples, errors))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _wait_for(port: int) -> None:
    for _ in range(150):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/anmelden/")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("Server did not start")


def run_load(port: int, users: list[tuple[str, list[str]]], seconds: float, think: float) -> None:
    """Run all users against the server and print latency percentiles per page."""
    queue: mp.Queue = mp.Queue()
    ready = mp.Event()
    procs = [mp.Process(target=_user_loop, args=(port, c, ids, seconds, think, ready, queue))
             for c, ids in users]
    for p in procs:
        p.start()
    time.sleep(3)  # every user has done its two warm-up requests by now
    ready.set()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    mode = f"think time ~{think:.0f} ms" if think else "no think time (saturation)"
    print(f"{len(users)} concurrent users, {seconds:.0f} s, {mode}, 4 gunicorn workers x 2 threads")
    for page in PAGES:
        values = [v for samples, _ in results for v in samples[page]]
        p95 = _percentile(values, 0.95)
        verdict = "OK" if p95 < 150 else "ABOVE TARGET"
        print(f"  {page:9} n={len(values):6d}  p50={statistics.median(values):6.1f} ms  "
              f"p95={p95:6.1f} ms  p99={_percentile(values, 0.99):6.1f} ms  (target p95 < 150 ms: {verdict})")
    total = sum(len(v) for samples, _ in results for v in samples.values())
    print(f"  throughput {total / seconds:.0f} requests/s, errors {sum(e for _, e in results)}")


def main() -> int:
    """Seed, start the server, run the load twice, print figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--think-ms", type=float, default=1000.0)
    parser.add_argument("--quick", action="store_true", help="2,000 cases, 5 s")
    args = parser.parse_args()
    if args.quick:
        args.cases, args.seconds = 2000, 5.0
    os.environ.update({"AUGENHOEHE_DATA_DIR": tempfile.mkdtemp(prefix="augenhoehe-bench-"),
                       "AUGENHOEHE_SECRET_KEY": os.environ.get("AUGENHOEHE_SECRET_KEY") or secrets.token_urlsafe(64)})
    from augenhoehe import bootstrap

    bootstrap.setup()
    from django.core.management import call_command
    from seed_web import case_public_ids, seed, session_cookie

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    workers = seed(args.cases, max(1, args.cases // 100), date.today())
    print(f"Seeded {args.cases} cases for {len(workers)} caseworkers in {time.perf_counter() - t0:.1f} s")
    users = [(session_cookie(w), case_public_ids(w)) for w in workers[: args.users]]
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "augenhoehe.cli.main", "serve", "--bind", f"127.0.0.1:{port}",
         "--workers", "4", "--threads", "2"],
        env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(port)
        for think in (args.think_ms, 0.0):
            run_load(port, users, args.seconds, think)
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
