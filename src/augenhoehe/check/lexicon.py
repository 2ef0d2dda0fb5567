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


@cache
def combined(name: str, kind: str = "phrase") -> tuple[re.Pattern[str], tuple[str, ...]]:
    """All entries of a lexicon as one alternation (one scan of the text instead of one per entry).

    kind 'phrase': keys are phrases (case-insensitive); 'regex': keys are regexes; 'regex_list':
    the file is a list of regexes. Returns the pattern and the hint per group (m.lastgroup = g<i>).
    """
    data = load(name)
    if kind == "regex_list":
        items = [(str(p), "") for p in data]
    elif kind == "regex":
        items = [(str(k), str(v)) for k, v in data.items()]
    else:
        items = [(_phrase_pattern(str(k)), str(v)) for k, v in data.items()]
    # longest first, so that "in ausreichendem Umfang" wins over "ausreichend"
    items.sort(key=lambda kv: -len(kv[0]))
    body = "|".join(f"(?P<g{i}>{pat})" for i, (pat, _) in enumerate(items))
    return re.compile(body, re.I), tuple(hint for _, hint in items)


def hint_of(match: re.Match[str], hints: tuple[str, ...]) -> str:
    """The hint belonging to the alternative that matched."""
    return hints[int((match.lastgroup or "g0")[1:])]
