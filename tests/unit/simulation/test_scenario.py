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
