"""The server's secret key and the monitoring's pseudonym salt: where they come from, how they are made.

The secret key signs sessions and CSRF tokens. Outside DEBUG the app refuses to start without one,
because a publicly known default key lets anyone forge sessions. The pseudonym salt is a second,
independent secret: knowing (or rotating) the secret key must not re-identify caseworkers in a
monitoring export, and rotating the salt must not log everybody out.

Order of precedence for both: environment variable, then a file named by `…_FILE`, then a file in
the data directory (`secret_key`, `pseudonym_salt`; written with mode 0600 by `augenhoehe demo`,
`augenhoehe keys init` and `augenhoehe keys rotate-salt`).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_KEY_FILE = "secret_key"
SALT_FILE = "pseudonym_salt"
DEBUG_ONLY_KEY = "dev-only-not-secret-" + "x" * 40  # accepted only with AUGENHOEHE_DEBUG=1

MISSING_KEY = (
    "AUGENHOEHE_SECRET_KEY fehlt: Ohne geheimen Schlüssel startet augenhoehe nur mit AUGENHOEHE_DEBUG=1. "
    "Setzen Sie AUGENHOEHE_SECRET_KEY (mindestens 50 zufällige Zeichen) oder legen Sie mit "
    "`augenhoehe keys init` einen Schlüssel im Datenverzeichnis an.\n"
    "AUGENHOEHE_SECRET_KEY is missing: without a secret key augenhoehe only starts with AUGENHOEHE_DEBUG=1. "
    "Set AUGENHOEHE_SECRET_KEY (at least 50 random characters) or create one in the data directory "
    "with `augenhoehe keys init`."
)


def data_dir_from_env() -> Path:
    """The data directory: AUGENHOEHE_DATA_DIR, else ./var (settings and CLI share this rule)."""
    return Path(os.environ.get("AUGENHOEHE_DATA_DIR", Path.cwd() / "var")).resolve()


class MissingSecretKey(RuntimeError):
    """Raised at start-up when no secret key is configured outside DEBUG."""


def new_secret() -> str:
    """A fresh random secret (86 URL-safe characters, well above Django's 50-character minimum)."""
    return secrets.token_urlsafe(64)


def _from_env_or_file(var: str, data_dir: Path, filename: str) -> str:
    value = os.environ.get(var, "").strip()
    if value:
        return value
    named = os.environ.get(f"{var}_FILE", "").strip()
    for path in ([Path(named)] if named else []) + [data_dir / filename]:
        if path.is_file():
            text = path.read_text(encoding="utf-8").strip()
            if text:
                return text
    return ""


def write_secret_file(path: Path, value: str | None = None, overwrite: bool = False) -> bool:
    """Write a secret readable only by the owner; return False when it exists and is kept."""
    if path.exists() and not overwrite:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write((value or new_secret()) + "\n")
    os.replace(tmp, path)
    return True


def secret_key(data_dir: Path, debug: bool) -> str:
    """The configured secret key; the debug-only key with DEBUG; otherwise MissingSecretKey."""
    key = _from_env_or_file("AUGENHOEHE_SECRET_KEY", data_dir, SECRET_KEY_FILE)
    if key:
        return key
    if debug:
        return DEBUG_ONLY_KEY
    raise MissingSecretKey(MISSING_KEY)


def pseudonym_salt(data_dir: Path) -> str:
    """The monitoring's pseudonym salt, created in the data directory on first use.

    Independent of the secret key: a leaked or default secret key does not re-identify anyone.
    """
    salt = _from_env_or_file("AUGENHOEHE_PSEUDONYM_SALT", data_dir, SALT_FILE)
    if salt:
        return salt
    write_secret_file(data_dir / SALT_FILE)
    return (data_dir / SALT_FILE).read_text(encoding="utf-8").strip()
