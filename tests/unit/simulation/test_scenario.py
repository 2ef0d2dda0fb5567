"""Scenario files: defaults, TOML and YAML, validation that names the key."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.simulation.scenario import Scenario, ScenarioError, load_scenario, scenario_from_dict


def test_toml_and_yaml_give_the_same_scenario(tmp_path):
    (tmp_path / "a.toml").write_text("months = 6\nstart = 2026-01-01\nqualitative_kpis = true\n")
    (tmp_path / "a.yaml").write_text("months: 6\nstart: 2026-01-01\nqualitative_kpis: true\n")
    a, b = load_scenario(tmp_path / "a.toml"), load_scenario(tmp_path / "a.yaml")
    assert a == b
    assert a.start == date(2026, 1, 1) and a.months == 6 and a.qualitative_kpis


def test_scenario_table_is_accepted():
    assert scenario_from_dict({"scenario": {"clients": 10, "caseworkers": 2}}).clients == 10


@pytest.mark.parametrize(("data", "named"), [
    ({"caseworkers": 50, "clients": 10}, "caseworkers"),
    ({"grundsicherung_start": "2023-01-01"}, "grundsicherung_start"),
    ({"training": -0.1}, "training"),
    ({"name": 3}, "name"),
])
def test_invalid_values_name_the_key(data, named):
    with pytest.raises(ScenarioError, match=named):
        scenario_from_dict(data)


def test_parameters_are_plain_json_values():
    params = Scenario().parameters()
    assert params["start"] == "2025-01-01"
    assert scenario_from_dict(params) == Scenario()


def test_shipped_example_scenarios_are_valid():
    from pathlib import Path

    folder = Path(__file__).parents[3] / "src/augenhoehe/simulation/scenarios"
    files = sorted(folder.glob("*.toml")) + sorted(folder.glob("*.yaml"))
    assert len(files) >= 3
    scenarios = {f.name: load_scenario(f) for f in files}
    assert scenarios["baseline.yaml"] == Scenario()
    assert scenarios["qualitative_kpis.toml"].qualitative_kpis
    assert scenarios["quota_pressure.toml"].quota_pressure > 0.8
