"""Plan corpora for export: a directory of .txt/.md/.json plans or a simulation's output."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from augenhoehe.check.engine import check_plan, check_text
from augenhoehe.check.inputs import InputError, collect, load
from augenhoehe.check.model import CheckResult


class CorpusError(ValueError):
    """A corpus that cannot be read; the message is German and names the path."""


@dataclass
class PlanDoc:
    """A checked plan: name, checker result and case variables."""

    name: str
    result: CheckResult
    plan_date: date | None
    variables: dict[str, Any] = field(default_factory=dict)


def _plan_date(result: CheckResult) -> date | None:
    from augenhoehe.check.document import Document

    return Document(result.text, result.source).plan_date


def from_paths(paths: list[str]) -> tuple[list[PlanDoc], list[str]]:
    """Check every plan file below the paths; (documents, German messages for files left out)."""
    files, problems = collect(paths)
    docs: list[PlanDoc] = []
    for path in files:
        try:
            loaded = load(path)
        except InputError as exc:
            problems.append(str(exc))
            continue
        if loaded.plan is not None:
            result = check_plan(loaded.plan, loaded.source)
            when = loaded.plan.plan_date
        else:
            result = check_text(loaded.text or "", loaded.source)
            when = _plan_date(result)
        docs.append(PlanDoc(path.stem, result, when))
    return docs, problems


def _jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: nicht lesbar ({exc}).") from exc


def from_simulation(directory: str, ground_truth: bool = False) -> list[PlanDoc]:
    """Plan versions of `augenhoehe simulate --out DIR` with team and, if asked, the ground truth."""
    root = Path(directory)
    if not (root / "plans.jsonl").is_file():
        raise CorpusError(f"{directory}: keine Simulationsausgabe (plans.jsonl fehlt).")
    cases = {c["id"]: c for c in _jsonl(root / "cases.jsonl")} if (root / "cases.jsonl").is_file() else {}
    workers = ({w["id"]: w for w in _jsonl(root / "caseworkers.jsonl")}
               if (root / "caseworkers.jsonl").is_file() else {})
    truth: dict[str, Any] = {}
    if ground_truth and (root / "ground_truth.json").is_file():
        truth = json.loads((root / "ground_truth.json").read_text(encoding="utf-8")).get("plans", {})
    docs: list[PlanDoc] = []
    for p in _jsonl(root / "plans.jsonl"):
        text = p.get("text") or ""
        if not text.strip():
            continue
        result = check_text(text, p["id"], regime=p.get("regime"))
        when = date.fromisoformat(p["concluded_on"]) if p.get("concluded_on") else _plan_date(result)
        variables: dict[str, Any] = {}
        worker = workers.get(cases.get(p.get("case_id"), {}).get("caseworker_id"), {})
        if worker.get("team_id") or worker.get("team"):
            variables["team"] = str(worker.get("team_id") or worker.get("team"))
        gt = truth.get(p["id"])
        if gt:
            for key, value in (gt.get("intended_quality") or {}).items():
                if isinstance(value, int | float):
                    variables[f"gt_{key}"] = float(value)
            variables["gt_strategies"] = ", ".join(gt.get("strategies_applied") or []) or "keine"
        docs.append(PlanDoc(p["id"], result, when, variables))
    return docs
