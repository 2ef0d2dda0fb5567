"""Writing a directory atomically: build it beside the target, then swap it into place (stdlib only)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def swap_into_place(tmp: str | Path, target: str | Path) -> Path:
    """Move the finished directory `tmp` to `target`, replacing an old one.

    Readers see either the old or the new directory, never a mix; `tmp` and `target` must be
    on the same file system (build `tmp` beside `target`).
    """
    tmp, target = Path(tmp), Path(target)
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, old / "x")
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target
