"""Export refreshed (already suppressed) figures as CSV files or one JSON document for analysts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb

from augenhoehe.monitoring.strategies import EXPLANATIONS

TABLES = ("months", "strategies", "egv_trend", "dismissed")


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def export_figures(figures: str | Path, out: str | Path, fmt: str = "csv") -> list[Path]:
    """Write TABLES as OUT/<table>.csv, or OUT/report.json with the reading aids; return paths."""
    src, dst = Path(figures), Path(out)
    dst.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    written = []
    if fmt == "csv":
        for name in TABLES:
            target = dst / f"{name}.csv"
            con.sql(f"COPY (SELECT * FROM read_parquet('{src / (name + '.parquet')}')) "
                    f"TO '{target}' (HEADER, DELIMITER ',')")
            written.append(target)
        return written
    doc: dict[str, Any] = {"schema": "augenhoehe.monitoring/1",
                           "explanations": {k: e.texts() for k, e in EXPLANATIONS.items()}}
    for name in TABLES:
        rel = con.sql(f"SELECT * FROM read_parquet('{src / (name + '.parquet')}')")
        cols = rel.columns
        doc[name] = [{c: _json_value(v) for c, v in zip(cols, row, strict=True)}
                     for row in rel.fetchall()]
    target = dst / "report.json"
    target.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return [target]
