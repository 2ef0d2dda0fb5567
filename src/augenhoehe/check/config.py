"""Rule selection from TOML: augenhoehe-check.toml [check] or pyproject [tool.augenhoehe.check]."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_FILE = "augenhoehe-check.toml"


class ConfigError(ValueError):
    """The configuration file is unreadable or malformed."""


@dataclass(frozen=True)
class Config:
    """Which rules run: codes or code prefixes to select and to ignore."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        """True when the rule runs under this configuration (ignore beats select)."""
        code = code.upper()
        if any(code.startswith(p) for p in self.ignore):
            return False
        return not self.select or any(code.startswith(p) for p in self.select)


def _codes(value: object, key: str, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' muss eine Liste von Regelcodes sein.")
    return tuple(v.strip().upper() for v in value)


def load_config(path: str | Path | None = None, cwd: Path | None = None) -> Config:
    """Load a config file; without a path look for augenhoehe-check.toml in cwd."""
    if path is None:
        candidate = (cwd or Path.cwd()) / DEFAULT_FILE
        if not candidate.is_file():
            return Config()
        path = candidate
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: Konfiguration nicht lesbar ({exc}).") from exc
    table = data.get("check")
    if table is None:
        table = data.get("tool", {}).get("augenhoehe", {}).get("check", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [check] muss eine Tabelle sein.")
    return Config(_codes(table.get("select"), "select", path), _codes(table.get("ignore"), "ignore", path))
