"""Scenario parameters of the simulation, with defaults and validation from TOML/YAML/dicts."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import yaml


class ScenarioError(ValueError):
    """A configuration key or value is not valid; the message names it."""


@dataclass(frozen=True)
class Scenario:
    """All levers and sizes of one simulation run (see docs/simulation.md for sources)."""

    name: str = "Basisszenario"
    jobcenter_name: str = "Jobcenter Musterstadt"
    seed: int = 7
    start: date = date(2025, 1, 1)
    months: int = 24
    clients: int = 600
    caseworkers: int = 6
    teams: int = 2
    initial_share: float = 0.6
    # organisational levers (Abbildung 2)
    quota_pressure: float = 0.5
    qualitative_kpis: bool = False
    training: float = 0.0
    training_month: int = 0
    transparency: float = 0.0
    differentiation_discourse: float = 0.0
    professional_standards: float = 0.0
    # caseworker population
    role_orientation_mean: float = 0.5
    competence_mean: float = 0.55
    caseload: int = 0
    reference_caseload: int = 100
    minutes_per_month: float = 4200.0
    # switches for mechanisms (ablation)
    creaming: bool = True
    pro_forma: bool = True
    precise_documentation: bool = True
    egv_habits: bool = True
    # regime dates (sensitivity analysis only; the law fixes them)
    buergergeld_start: date = date(2023, 7, 1)
    grundsicherung_start: date = date(2026, 7, 1)
    texts: bool = True

    def parameters(self) -> dict[str, Any]:
        """Return the parameters as plain JSON-able values."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out


_UNIT = {
    "initial_share", "quota_pressure", "training", "transparency",
    "differentiation_discourse", "professional_standards", "role_orientation_mean",
    "competence_mean",
}
_POSITIVE = {"months", "clients", "caseworkers", "teams", "reference_caseload", "minutes_per_month"}
_LIMITS = {"months": 600, "clients": 2_000_000, "caseworkers": 100_000, "teams": 1000}


def _coerce(name: str, kind: type, value: Any) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise ScenarioError(f"{name}: Wahrheitswert (true/false) erwartet, nicht {value!r}.")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ScenarioError(f"{name}: ganze Zahl erwartet, nicht {value!r}.")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ScenarioError(f"{name}: Zahl erwartet, nicht {value!r}.")
        return float(value)
    if kind is date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError as exc:
            raise ScenarioError(f"{name}: Datum JJJJ-MM-TT erwartet, nicht {value!r}.") from exc
    if not isinstance(value, str) or not value.strip():
        raise ScenarioError(f"{name}: Text erwartet, nicht {value!r}.")
    return value


_KINDS: dict[str, type] = {
    "name": str, "jobcenter_name": str, "seed": int, "start": date, "months": int,
    "clients": int, "caseworkers": int, "teams": int, "training_month": int,
    "reference_caseload": int, "caseload": int, "buergergeld_start": date, "grundsicherung_start": date,
    "qualitative_kpis": bool, "creaming": bool, "pro_forma": bool,
    "precise_documentation": bool, "egv_habits": bool, "texts": bool,
    "minutes_per_month": float,
}


def scenario_from_dict(data: Any, base: Scenario | None = None) -> Scenario:
    """Build a scenario from a mapping; raise ScenarioError naming the wrong key or value."""
    if not isinstance(data, dict):
        raise ScenarioError("Szenario: eine Tabelle (Schlüssel = Wert) wird erwartet.")
    if isinstance(data.get("scenario"), dict):
        data = {**{k: v for k, v in data.items() if k != "scenario"}, **data["scenario"]}
    known = {f.name for f in fields(Scenario)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise ScenarioError(f"Unbekannter Schlüssel '{key}' im Szenario.")
        values[key] = _coerce(key, _KINDS.get(key, float), value)
    for key, value in values.items():
        if key in _UNIT and not 0.0 <= value <= 1.0:
            raise ScenarioError(f"{key}: Wert {value} liegt nicht zwischen 0 und 1.")
        if key in _POSITIVE and value <= 0:
            raise ScenarioError(f"{key}: Wert {value} muss größer als 0 sein.")
        if key in _LIMITS and value > _LIMITS[key]:
            raise ScenarioError(f"{key}: Wert {value} ist größer als {_LIMITS[key]}.")
    if values.get("caseload", 0) < 0:
        raise ScenarioError("caseload: Wert darf nicht negativ sein (0 = Kunden je Fachkraft).")
    if values.get("training_month", 0) < 0:
        raise ScenarioError("training_month: Wert darf nicht negativ sein.")
    merged = {**((base or Scenario()).parameters()), **values}
    merged = {k: _coerce(k, _KINDS.get(k, float), v) for k, v in merged.items()}
    scenario = Scenario(**merged)
    if scenario.caseworkers > scenario.clients:
        raise ScenarioError("caseworkers: mehr Fachkräfte als Kundinnen und Kunden.")
    if scenario.teams > scenario.caseworkers:
        raise ScenarioError("teams: mehr Teams als Fachkräfte.")
    if scenario.grundsicherung_start <= scenario.buergergeld_start:
        raise ScenarioError("grundsicherung_start: muss nach buergergeld_start liegen.")
    return scenario


def load_scenario(path: str | Path, base: Scenario | None = None) -> Scenario:
    """Read a scenario from a .toml, .yaml or .yml file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ScenarioError(f"{p}: Datei nicht lesbar ({exc.strerror}).") from exc
    try:
        if p.suffix == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
        elif p.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(raw.decode("utf-8")) or {}
        else:
            raise ScenarioError(f"{p}: nur .toml, .yaml oder .yml werden gelesen.")
    except (tomllib.TOMLDecodeError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{p}: Datei ist nicht lesbar: {exc}") from exc
    return scenario_from_dict(data, base)
