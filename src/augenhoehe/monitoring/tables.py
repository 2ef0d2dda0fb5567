"""Table schemas of the monitoring snapshot and writing them to Parquet through DuckDB."""

from __future__ import annotations

import csv
import hashlib
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from augenhoehe.check.model import INDICATORS

SCORE_KEYS: tuple[str, ...] = (*INDICATORS, "gesamt")
"""The checker's ten indicators plus its overall score: one s_<key> column each."""

PLAN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("pv_id", "VARCHAR"), ("case_id", "VARCHAR"), ("team_id", "VARCHAR"), ("cw", "VARCHAR"),
    ("version", "INTEGER"), ("plan_date", "DATE"), ("concluded_on", "DATE"),
    ("deferred", "BOOLEAN"), ("review_date", "DATE"), ("regime", "VARCHAR"),
    *((f"s_{k}", "INTEGER") for k in SCORE_KEYS),
    ("n_client_steps", "INTEGER"), ("n_jc_steps", "INTEGER"), ("client_concrete", "DOUBLE"),
    ("jc_concrete", "DOUBLE"), ("operationalised", "BOOLEAN"), ("jc_as_concrete", "BOOLEAN"),
    ("precise_duties", "BOOLEAN"), ("sanction_language", "BOOLEAN"), ("directive_share", "DOUBLE"),
    ("content_hash", "VARCHAR"), ("cluster_id", "VARCHAR"),
)
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_id", "VARCHAR"), ("team_id", "VARCHAR"), ("cw", "VARCHAR"), ("date", "DATE"),
    ("kind", "VARCHAR"), ("minutes", "INTEGER"),
)
CASE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_id", "VARCHAR"), ("team_id", "VARCHAR"), ("cw", "VARCHAR"), ("opened_on", "DATE"),
    ("pa_date", "DATE"), ("coop_quintile", "INTEGER"),
)
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("pv_id", "VARCHAR"), ("team_id", "VARCHAR"), ("code", "VARCHAR"), ("indicator", "VARCHAR"),
    ("dismissed", "BOOLEAN"),
)
SCHEMAS = {"plan_versions": PLAN_COLUMNS, "events": EVENT_COLUMNS, "cases": CASE_COLUMNS,
           "findings": FINDING_COLUMNS}


def pseudonym(value: str, salt: str) -> str:
    """Salted hash of a staff identifier: stable within one snapshot salt, not reversible."""
    return "P" + hashlib.sha256(f"{salt}\x00{value}".encode()).hexdigest()[:10]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_table(out_dir: Path, name: str, rows: Iterable[Sequence[Any]]) -> Path:
    """Write rows (in schema order) to OUT_DIR/NAME.parquet via a temporary CSV file."""
    columns = SCHEMAS[name]
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{name}.parquet"
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", encoding="utf-8",
                                     delete=False, dir=out_dir) as fh:
        writer = csv.writer(fh)
        writer.writerow([c for c, _t in columns])
        for row in rows:
            writer.writerow([_cell(v) for v in row])
        tmp = Path(fh.name)
    try:
        types = ", ".join(f"'{c}': '{t}'" for c, t in columns)
        con = duckdb.connect()
        con.sql(f"COPY (SELECT * FROM read_csv('{tmp}', header=true, columns={{{types}}}, "
                f"nullstr='', quote='\"')) TO '{target}' (FORMAT parquet)")
        con.close()
    finally:
        tmp.unlink(missing_ok=True)
    return target
