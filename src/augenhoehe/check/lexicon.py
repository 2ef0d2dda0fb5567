"""Loads the YAML word lists under check/lexicons once and compiles their patterns."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Return the parsed YAML file lexicons/<name>.yaml."""
    path = resources.files("augenhoehe.check") / "lexicons" / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _phrase_pattern(phrase: str) -> str:
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    left = r"\b" if phrase[:1].isalnum() else ""
    right = r"\b" if phrase[-1:].isalnum() else ""
    return left + body + right


@cache
def phrase_table(name: str, case: bool = False) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Phrase -> hint mapping compiled as word-bounded patterns (case-insensitive by default)."""
    flags = 0 if case else re.I
    return tuple(
        (re.compile(_phrase_pattern(str(k)), flags), str(v)) for k, v in load(name).items()
    )


@cache
def regex_table(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Regex -> hint mapping compiled case-insensitively."""
    return tuple((re.compile(str(k), re.I), str(v)) for k, v in load(name).items())


@cache
def regex_list(name: str) -> tuple[re.Pattern[str], ...]:
    """A list of regexes compiled case-insensitively."""
    return tuple(re.compile(str(p), re.I) for p in load(name))


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """A list of lower-case phrases."""
    return tuple(str(p).lower() for p in load(name))
