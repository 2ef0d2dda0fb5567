"""Read a simulation back: from result_to_dict's JSON or from a directory written by the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from augenhoehe.domain.plan import ObstacleField
from augenhoehe.domain.serialize import plan_from_dict, potential_analysis_from_dict
from augenhoehe.simulation.model import (
    Case,
    Caseworker,
    Client,
    Event,
    PlanVersion,
    SimulationResult,
    Team,
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _client(d: dict[str, Any]) -> Client:
    d = dict(d)
    d["obstacles"] = {ObstacleField(k): v for k, v in d["obstacles"].items()}
    return Client(**d)


def _cases(cases: list[dict], plans: list[dict], truth: dict[str, Any]) -> list[Case]:
    by_case: dict[str, list[PlanVersion]] = {}
    for p in plans:
        gt = truth.get(p["id"], {})
        by_case.setdefault(p["case_id"], []).append(PlanVersion(
            version=p["version"], regime=p["regime"], plan=plan_from_dict(p["plan"]),
            text=p["text"], concluded_on=_day(p["concluded_on"]),
            deferral_reason=p["deferral_reason"],
            intended_quality=gt.get("intended_quality", {}),
            strategies_applied=p["strategies_applied"], template_id=p["template_id"],
        ))
    out = []
    for c in cases:
        opened = _day(c["opened_on"])
        assert opened is not None
        out.append(Case(
            id=c["id"], client_id=c["client_id"], caseworker_id=c["caseworker_id"],
            opened_on=opened,
            potential_analysis=potential_analysis_from_dict(c["potential_analysis"]),
            plans=sorted(by_case.get(c["id"], []), key=lambda pv: pv.version),
            closed_on=_day(c["closed_on"]), closed_reason=c["closed_reason"],
        ))
    return out


def _events(rows: list[dict]) -> list[Event]:
    return [Event(date.fromisoformat(e["date"]), e["case_id"], e["kind"], e["detail"])
            for e in rows]


def result_from_dict(data: dict[str, Any]) -> SimulationResult:
    """Rebuild a SimulationResult from result_to_dict's output."""
    truth = data.get("ground_truth", {})
    start, end = _day(data["start"]), _day(data["end"])
    assert start is not None and end is not None
    return SimulationResult(
        jobcenter_name=data["jobcenter_name"], seed=data["seed"], start=start, end=end,
        parameters=data["parameters"], teams=[Team(**t) for t in data["teams"]],
        caseworkers=[Caseworker(**w) for w in data["caseworkers"]],
        clients=[_client(c) for c in data["clients"]],
        cases=_cases(data["cases"], data["plans"], truth.get("plans", {})),
        events=_events(data["events"]), outcomes=data.get("outcomes", {}),
    )


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_result(directory: str | Path) -> SimulationResult:
    """Read a directory written by `augenhoehe simulate --out DIR`."""
    d = Path(directory)
    meta = json.loads((d / "jobcenter.json").read_text(encoding="utf-8"))
    truth = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
    data = {**meta, "ground_truth": truth, "outcomes": truth.get("outcomes", {})}
    for name in ("teams", "caseworkers", "clients", "cases", "plans", "events"):
        data[name] = _jsonl(d / f"{name}.jsonl")
    return result_from_dict(data)
