"""Benchmark of augenhoehe.monitoring: refresh all key figures and answer team pages.

Synthetic snapshots are generated directly with DuckDB (range()/random()), because the
simulation is too slow at this size. Target: 1,000,000 plan versions and 10,000,000 events
refreshed in < 30 s on 2 cores; one team page from refreshed figures in < 300 ms.
`--quick` runs small sizes only.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

FULL = [(100_000, 1_000_000), (300_000, 3_000_000), (1_000_000, 10_000_000)]
QUICK = [(10_000, 100_000), (30_000, 300_000), (100_000, 1_000_000)]
SCORES = ("ausformulierung", "zwischenschritte", "kohaerenz", "aussagekraft", "nachhaltung",
          "gegenseitigkeit", "kooperative_sprache", "sanktionsfreiheit", "verstaendlichkeit",
          "beteiligung", "gesamt")


def generate(out: Path, plans: int, events: int) -> None:
    """Write cases, plan_versions, events and findings Parquet files of the given size."""
    cases = plans // 3
    cws = max(10, cases // 100)
    con = duckdb.connect()
    base = "DATE '2023-01-02'"
    con.sql(f"""COPY (SELECT 'F' || c AS case_id, 'T' || (c % {cws}) % {max(1, cws // 10)} AS team_id,
        'P' || (c % {cws}) AS cw, {base} + (c % 900)::INT AS opened_on,
        {base} + (c % 900)::INT AS pa_date, 1 + (hash(c) % 5)::INT AS coop_quintile
        FROM range({cases}) t(c)) TO '{out / 'cases.parquet'}' (FORMAT parquet)""")
    scores = ", ".join(f"(40 + random() * 60)::INT AS s_{k}" for k in SCORES)
    con.sql(f"""COPY (SELECT 'F' || c || '-V' || v AS pv_id, 'F' || c AS case_id,
        'T' || (c % {cws}) % {max(1, cws // 10)} AS team_id, 'P' || (c % {cws}) AS cw, v AS version,
        {base} + ((c % 900) + 7 + (v - 1) * 150)::INT AS plan_date,
        CASE WHEN random() < 0.93 THEN {base} + ((c % 900) + 7 + (v - 1) * 150)::INT END AS concluded_on,
        random() < 0.04 AS deferred, {base} + ((c % 900) + 7 + v * 150)::INT AS review_date,
        CASE WHEN c % 900 < 180 THEN 'egv' ELSE 'buergergeld' END AS regime, {scores},
        (random() * 5)::INT AS n_client_steps, (random() * 3)::INT AS n_jc_steps,
        random() AS client_concrete, random() AS jc_concrete, random() < 0.4 AS operationalised,
        random() < 0.5 AS jc_as_concrete, random() < 0.1 AS precise_duties,
        random() < 0.2 AS sanction_language, random() * 0.2 AS directive_share,
        CASE WHEN random() < 0.8 THEN md5((c * 3 + v)::VARCHAR) ELSE md5((c * 3 + v - 1)::VARCHAR)
          END AS content_hash,
        CASE WHEN random() < 0.05 THEN 'T' || (c % {cws}) % {max(1, cws // 10)} || '-C' || (c % 7) END
          AS cluster_id
        FROM range({cases}) t(c), range(1, 4) s(v)) TO '{out / 'plan_versions.parquet'}'
        (FORMAT parquet)""")
    con.sql(f"""COPY (SELECT 'F' || c AS case_id, 'T' || (c % {cws}) % {max(1, cws // 10)} AS team_id,
        'P' || (c % {cws}) AS cw, {base} + ((c % 900) + (random() * 500))::INT AS date,
        CASE WHEN r < 0.85 THEN 'contact' WHEN r < 0.90 THEN 'review' WHEN r < 0.94 THEN 'summons'
             WHEN r < 0.96 THEN 'verpflichtung' WHEN r < 0.97 THEN 'schlichtung'
             WHEN r < 0.99 THEN 'contact_break' ELSE 'integration' END AS kind,
        CASE WHEN r < 0.85 THEN (20 + random() * 100)::INT END AS minutes
        FROM (SELECT i % {cases} AS c, random() AS r FROM range({events}) t(i)))
        TO '{out / 'events.parquet'}' (FORMAT parquet)""")
    con.sql(f"""COPY (SELECT 'F' || (i % {cases}) || '-V1' AS pv_id,
        'T' || ((i % {cases}) % {cws}) % {max(1, cws // 10)} AS team_id,
        'GG10' || (i % 9) AS code, 'gegenseitigkeit' AS indicator, random() < 0.1 AS dismissed
        FROM range({plans}) t(i)) TO '{out / 'findings.parquet'}' (FORMAT parquet)""")
    con.close()


def bench(plans: int, events: int) -> dict[str, float]:
    """Generate, refresh, then time team pages; return the figures."""
    from augenhoehe.monitoring.figures import FigureStore, refresh

    tmp = Path(tempfile.mkdtemp(prefix="bench-mon-"))
    try:
        t0 = time.perf_counter()
        (tmp / "snap").mkdir()
        generate(tmp / "snap", plans, events)
        t1 = time.perf_counter()
        refresh(tmp / "snap", tmp / "fig")
        t2 = time.perf_counter()
        store = FigureStore(tmp / "fig")
        t3 = time.perf_counter()
        units = store.units()
        times = []
        for unit in units[:50]:
            s = time.perf_counter()
            store.team_report(unit)
            times.append((time.perf_counter() - s) * 1000)
        return {"generate_s": t1 - t0, "refresh_s": t2 - t1, "open_s": t3 - t2,
                "teams": len(units) - 1, "page_ms_median": statistics.median(times),
                "page_ms_max": max(times)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    """Run all sizes and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="nur kleine Größen")
    args = parser.parse_args()
    print(f"{'Planversionen':>13} {'Ereignisse':>11} {'Teams':>6} {'Erzeugen s':>10} "
          f"{'Refresh s':>9} {'Seite ms (Median/Max)':>22}")
    for plans, events in QUICK if args.quick else FULL:
        r = bench(plans, events)
        ok = "ok" if r["refresh_s"] < 30 and r["page_ms_max"] < 300 else "ZIEL VERFEHLT"
        print(f"{plans:>13,} {events:>11,} {r['teams']:>6.0f} {r['generate_s']:>10.1f} "
              f"{r['refresh_s']:>9.2f} {r['page_ms_median']:>10.1f} / {r['page_ms_max']:<9.1f} {ok}")


if __name__ == "__main__":
    main()
