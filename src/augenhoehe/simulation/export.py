"""JSON export of a SimulationResult: plain dicts, and a directory written atomically."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from augenhoehe.domain.serialize import plan_to_dict, potential_analysis_to_dict
from augenhoehe.files import swap_into_place
from augenhoehe.simulation.model import Case, Caseworker, Client, Event, SimulationResult

SCHEMA = "augenhoehe.simulation/1"


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def client_to_dict(c: Client) -> dict[str, Any]:
    """A client as JSON (obstacles keyed by ObstacleField value)."""
    d = asdict(c)
    d["obstacles"] = {k.value: v for k, v in c.obstacles.items()}
    return d


def caseworker_to_dict(w: Caseworker) -> dict[str, Any]:
    """A caseworker as JSON."""
    return asdict(w)


def case_to_dict(c: Case) -> dict[str, Any]:
    """A case as JSON, without its plan versions (see plans_of)."""
    return {
        "id": c.id, "client_id": c.client_id, "caseworker_id": c.caseworker_id,
        "opened_on": _iso(c.opened_on), "closed_on": _iso(c.closed_on),
        "closed_reason": c.closed_reason,
        "potential_analysis": potential_analysis_to_dict(c.potential_analysis),
        "plan_versions": len(c.plans),
    }


def plans_of(c: Case) -> Iterable[dict[str, Any]]:
    """Each plan version of a case as JSON: structured plan (augenhoehe.plan/1) and text."""
    for pv in c.plans:
        yield {
            "id": f"{c.id}-V{pv.version}", "case_id": c.id, "version": pv.version,
            "regime": pv.regime,
            "plan": plan_to_dict(pv.plan), "text": pv.text,
            "concluded_on": _iso(pv.concluded_on), "deferral_reason": pv.deferral_reason,
            "strategies_applied": pv.strategies_applied, "template_id": pv.template_id,
        }


def event_to_dict(e: Event) -> dict[str, Any]:
    """An event as JSON."""
    return {"date": e.date.isoformat(), "case_id": e.case_id, "kind": e.kind, "detail": e.detail}


def ground_truth(r: SimulationResult) -> dict[str, Any]:
    """What the model knows and an observer could not see: strategies, propensities, quality."""
    return {
        "schema": SCHEMA,
        "parameters": r.parameters,
        "caseworkers": {w.id: {"role_orientation": w.role_orientation,
                               "self_efficacy": w.self_efficacy,
                               "perceived_restriction": w.perceived_restriction,
                               "strategies": w.strategies} for w in r.caseworkers},
        "clients": {c.id: {"cooperation_true": c.cooperation_true,
                           "cooperation_perceived": c.cooperation_perceived} for c in r.clients},
        "plans": {f"{c.id}-V{pv.version}": {"intended_quality": pv.intended_quality,
                                            "strategies_applied": pv.strategies_applied,
                                            "template_id": pv.template_id}
                  for c in r.cases for pv in c.plans},
        "outcomes": r.outcomes,
    }


def result_to_dict(r: SimulationResult) -> dict[str, Any]:
    """The whole result as one JSON-able dict (for small runs such as the demo)."""
    return {
        "schema": SCHEMA, "jobcenter_name": r.jobcenter_name, "seed": r.seed,
        "start": _iso(r.start), "end": _iso(r.end), "parameters": r.parameters,
        "teams": [asdict(t) for t in r.teams],
        "caseworkers": [caseworker_to_dict(w) for w in r.caseworkers],
        "clients": [client_to_dict(c) for c in r.clients],
        "cases": [case_to_dict(c) for c in r.cases],
        "plans": [p for c in r.cases for p in plans_of(c)],
        "events": [event_to_dict(e) for e in r.events],
        "outcomes": r.outcomes,
        "ground_truth": {"plans": ground_truth(r)["plans"]},
    }


def _jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_result(r: SimulationResult, out: str | Path) -> dict[str, int]:
    """Write the result into directory `out` (replaced as a whole; nothing half-written)."""
    target = Path(out).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    tmp.chmod(0o755)
    try:
        counts = {
            "teams": _jsonl(tmp / "teams.jsonl", (asdict(t) for t in r.teams)),
            "caseworkers": _jsonl(tmp / "caseworkers.jsonl", map(caseworker_to_dict, r.caseworkers)),
            "clients": _jsonl(tmp / "clients.jsonl", map(client_to_dict, r.clients)),
            "cases": _jsonl(tmp / "cases.jsonl", map(case_to_dict, r.cases)),
            "plans": _jsonl(tmp / "plans.jsonl", (p for c in r.cases for p in plans_of(c))),
            "events": _jsonl(tmp / "events.jsonl", map(event_to_dict, r.events)),
        }
        meta = {"schema": SCHEMA, "jobcenter_name": r.jobcenter_name, "seed": r.seed,
                "start": _iso(r.start), "end": _iso(r.end), "counts": counts,
                "parameters": r.parameters}
        (tmp / "jobcenter.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        (tmp / "ground_truth.json").write_text(
            json.dumps(ground_truth(r), ensure_ascii=False), encoding="utf-8")
        swap_into_place(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return counts

