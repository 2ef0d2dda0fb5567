"""Registry of all rules: every module in this package (except base) defines one RULE."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from augenhoehe.check.rules.base import Hit, Rule

__all__ = ["Hit", "Rule", "all_rules", "get_rule"]


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """All registered rules, sorted by code."""
    found: list[Rule] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if isinstance(rule, Rule):
            found.append(rule)
    codes = [r.code for r in found]
    if len(codes) != len(set(codes)):
        raise RuntimeError("Doppelte Regelcodes: " + ", ".join(sorted(codes)))
    return tuple(sorted(found, key=lambda r: r.code))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Rule]:
    return {r.code: r for r in all_rules()}


def get_rule(code: str) -> Rule | None:
    """The rule with this code (case-insensitive), or None."""
    return _by_code().get(code.upper())
