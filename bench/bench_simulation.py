"""Benchmark of augenhoehe.simulation: wall time and peak RSS for several sizes.

Each size runs in a fresh subprocess so that its peak RSS (resource.getrusage) is its own.
Target: one Jobcenter with 200 caseworkers and 20,000 clients over 24 months, texts
included, in < 60 s and < 4 GB. `--quick` runs small sizes only.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time

FULL = [(5_000, 50, 12), (10_000, 100, 12), (20_000, 200, 12), (20_000, 200, 24)]
QUICK = [(500, 5, 6), (1_000, 10, 6), (1_000, 10, 12)]
TARGET = (20_000, 200, 24)


def one(clients: int, caseworkers: int, months: int, write: bool) -> dict:
    """Run one size in this process and return its figures."""
    from augenhoehe.simulation import Scenario, simulate
    from augenhoehe.simulation.export import write_result

    sc = Scenario(clients=clients, caseworkers=caseworkers, months=months,
                  teams=max(1, caseworkers // 20), texts=True)
    t0, c0 = time.perf_counter(), time.process_time()
    result = simulate(sc)
    sim_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    export_s = None
    if write:
        tmp = tempfile.mkdtemp(prefix="bench-sim-")
        t1 = time.perf_counter()
        write_result(result, f"{tmp}/out")
        export_s = time.perf_counter() - t1
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "clients": clients, "caseworkers": caseworkers, "months": months,
        "simulate_s": round(sim_s, 2), "cpu_s": round(cpu_s, 2), "export_s": round(export_s, 2) if export_s else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "plans": sum(len(c.plans) for c in result.cases), "events": len(result.events),
    }


def main() -> int:
    """Run the sizes in subprocesses and print a table with cost growth."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--no-write", action="store_true", help="skip the JSON export")
    parser.add_argument("--one", nargs=3, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(*args.one, write=not args.no_write)))
        return 0
    rows = []
    for clients, workers, months in QUICK if args.quick else FULL:
        cmd = [sys.executable, __file__, "--one", str(clients), str(workers), str(months)]
        if args.no_write:
            cmd.append("--no-write")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{'Kunden':>8} {'Fachkr.':>7} {'Monate':>6} {'simulate s':>10} {'CPU s':>7} "
          f"{'export s':>8} "
          f"{'RSS MB':>8} {'Pläne':>7} {'Ereignisse':>10} {'CPU µs/Kunde-Monat':>18}")
    for r in rows:
        per = 1e6 * r["cpu_s"] / (r["clients"] * r["months"])
        print(f"{r['clients']:>8} {r['caseworkers']:>7} {r['months']:>6} {r['simulate_s']:>10} "
              f"{r['cpu_s']:>7} "
              f"{r['export_s'] or '-':>8} {r['peak_rss_mb']:>8} {r['plans']:>7} "
              f"{r['events']:>10} {per:>18.1f}")
    by = {(r["clients"], r["caseworkers"], r["months"]): r for r in rows}
    if not args.quick:
        a, b, c = by[(10_000, 100, 12)], by[(20_000, 200, 12)], by[TARGET]
        print("Wachstum der CPU-Zeit (Wanduhr schwankt bei geteilter Maschine):")
        print(f"  Kunden x2 (10k→20k, 12 Monate): x{b['cpu_s'] / a['cpu_s']:.2f}")
        print(f"  Monate x2 (12→24, 20k Kunden):  x{c['cpu_s'] / b['cpu_s']:.2f}")
        ok = c["simulate_s"] < 60 and c["peak_rss_mb"] < 4096
        print(f"Ziel 20.000 Kunden / 200 Fachkräfte / 24 Monate < 60 s und < 4 GB: "
              f"{'erreicht' if ok else 'VERFEHLT'} ({c['simulate_s']} s, {c['peak_rss_mb']} MB)")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
