"""Helpers for the hardening tests: run the real CLI in a subprocess with a chosen environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run_cli(args: list[str], env_extra: dict[str, str], drop: tuple[str, ...] = (),
            timeout: int = 120) -> subprocess.CompletedProcess:
    """Run `augenhoehe ARGS` as a separate process (fresh settings, no test settings module)."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"DJANGO_SETTINGS_MODULE", "AUGENHOEHE_SECRET_KEY", "AUGENHOEHE_DEBUG", *drop}}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "augenhoehe.cli.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def data_dir(tmp_path, settings):
    """Secrets, snapshots and figures go to a temporary data directory."""
    settings.DATA_DIR = tmp_path
    return tmp_path
