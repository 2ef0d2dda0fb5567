"""Checks many files, optionally in several processes, keeping the input order."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from augenhoehe.check.config import Config
from augenhoehe.check.engine import check_plan, check_text
from augenhoehe.check.inputs import InputError, load
from augenhoehe.check.model import CheckResult

Outcome = tuple[CheckResult | None, str | None]


def check_file(path: Path, regime: str | None, config: Config) -> Outcome:
    """One file: (result, None) or (None, German message naming the file)."""
    try:
        loaded = load(path)
    except InputError as exc:
        return None, str(exc)
    if loaded.plan is not None:
        return check_plan(loaded.plan, loaded.source, regime, config), None
    return check_text(loaded.text or "", loaded.source, regime, config), None


def _chunk(args: tuple[list[Path], str | None, Config]) -> list[Outcome]:
    paths, regime, config = args
    return [check_file(p, regime, config) for p in paths]


def resolve_jobs(jobs: str | int | None, count: int) -> int:
    """'auto' uses every core for more than 40 files; a number is taken as given (at least 1)."""
    if jobs in (None, "auto"):
        return min(os.cpu_count() or 1, 8) if count > 40 else 1
    return max(1, int(jobs))


def check_files(paths: list[Path], regime: str | None, config: Config, jobs: int = 1) -> list[Outcome]:
    """Outcomes in input order; with jobs > 1 the files are split into interleaved chunks."""
    if jobs <= 1 or len(paths) < 2:
        return [check_file(p, regime, config) for p in paths]
    from augenhoehe.check.nlp import warm_up

    warm_up()  # forked workers inherit the loaded models
    n = jobs * 4
    chunks = [paths[i::n] for i in range(n)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_chunk, [(c, regime, config) for c in chunks]))
    out: list[Outcome] = [(None, None)] * len(paths)
    for i, part in enumerate(parts):
        for j, outcome in enumerate(part):
            out[i + j * n] = outcome
    return out
