"""Output formats: JSON Lines files, ground truth, atomic replacement of the directory."""

from __future__ import annotations

import json

from augenhoehe.domain.serialize import plan_from_dict
from augenhoehe.simulation.export import write_result
from augenhoehe.simulation.model import INDICATORS

from .conftest import run


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_directory_holds_all_records_and_ground_truth(tmp_path):
    result = run(texts=True, clients=80)
    counts = write_result(result, tmp_path / "out")
    out = tmp_path / "out"
    for name in ("teams", "caseworkers", "clients", "cases", "plans", "events"):
        assert len(_jsonl(out / f"{name}.jsonl")) == counts[name] > 0
    plans = _jsonl(out / "plans.jsonl")
    first = plans[0]
    assert plan_from_dict(first["plan"]).goal == first["plan"]["goal"]
    assert first["text"].startswith("Jobcenter")
    truth = json.loads((out / "ground_truth.json").read_text(encoding="utf-8"))
    assert set(truth["plans"]) == {p["id"] for p in plans}
    assert set(truth["plans"][first["id"]]["intended_quality"]) == set(INDICATORS)
    worker = next(iter(truth["caseworkers"].values()))
    assert set(worker["strategies"]) == {"creaming", "pro_forma", "precise_documentation",
                                         "egv_habits"}
    client = _jsonl(out / "clients.jsonl")[0]
    assert {"first_name", "last_name", "birth_year", "obstacles", "cooperation_true",
            "cooperation_perceived"} <= set(client)


def test_rewriting_replaces_the_directory_and_leaves_no_temporary_files(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "stale.txt").write_text("alt")
    write_result(run(clients=80), tmp_path / "out")
    assert not (tmp_path / "out" / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_json_and_directory_read_back_to_the_same_result(tmp_path):
    from augenhoehe.simulation.export import result_to_dict
    from augenhoehe.simulation.load import read_result, result_from_dict

    result = run(texts=True, clients=80)
    data = result_to_dict(result)
    assert result_to_dict(result_from_dict(json.loads(json.dumps(data)))) == data
    write_result(result, tmp_path / "o")
    back = read_result(tmp_path / "o")
    assert result_to_dict(back) == data
    assert back.cases[0].plans[0].plan == result.cases[0].plans[0].plan
