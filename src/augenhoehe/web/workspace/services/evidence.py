"""Evidence uploads (Nachweise): type by content, size limit, storage outside the web root, scan hook.

Files go to `DATA_DIR/nachweise/` under a random name; nothing there is ever served as a static
file, only through the views that check access. The type is decided by the first bytes (PDF,
JPEG, PNG), never by the name or the browser's claim. An operator can set
`AUGENHOEHE_EVIDENCE_SCAN` to a command (e.g. `clamdscan --no-summary --fdpass`); it is run with the
stored file's path as last argument, and a non-zero exit refuses the upload (docs/operations.md).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shlex
import subprocess
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, Evidence, PlanStep
from augenhoehe.web.workspace.services import audit

MAX_BYTES = 10 * 1024 * 1024
"""Largest accepted file (10 MB: a scanned multi-page PDF)."""

SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
)


def storage_dir() -> Path:
    """Where uploads are kept: under the data directory, outside the web root."""
    path = Path(settings.DATA_DIR) / "nachweise"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def sniff(head: bytes) -> tuple[str, str] | None:
    """(content type, suffix) from the first bytes, or None when it is not PDF, JPEG or PNG."""
    return next(((ctype, suffix) for magic, ctype, suffix in SIGNATURES if head.startswith(magic)), None)


def _scan(path: Path) -> None:
    command = os.environ.get("AUGENHOEHE_EVIDENCE_SCAN", "").strip()
    if not command:
        return
    done = subprocess.run([*shlex.split(command), str(path)], capture_output=True, timeout=120, check=False)
    if done.returncode != 0:
        path.unlink(missing_ok=True)
        raise ValidationError(_("Die Datei wurde von der Virenprüfung abgelehnt."))


def store(case: Case, user: User, side: str, name: str, chunks: Iterable[bytes], size: int,
          step: PlanStep | None = None) -> Evidence:
    """Check and store one upload for the case (optionally for one of its steps)."""
    if step is not None and step.version.plan.case_id != case.pk:
        raise ValidationError(_("Dieser Schritt gehört nicht zu diesem Fall."))
    if size > MAX_BYTES:
        raise ValidationError(_("Die Datei ist zu groß (höchstens %(mb)d MB).") % {"mb": MAX_BYTES // 1024 // 1024})
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:
        raise ValidationError(_("Die Datei ist zu groß (höchstens %(mb)d MB).") % {"mb": MAX_BYTES // 1024 // 1024})
    found = sniff(data[:16])
    if found is None or not data:
        raise ValidationError(_("Bitte laden Sie ein PDF, JPEG oder PNG hoch."))
    ctype, suffix = found
    stored_name = secrets.token_hex(16) + suffix
    path = storage_dir() / stored_name
    path.write_bytes(data)
    path.chmod(0o600)
    _scan(path)
    with transaction.atomic():
        item = Evidence.objects.create(
            case=case, step=step, side=side, uploaded_by=user, original_name=clean_text(name, 200).strip() or "datei",
            stored_name=stored_name, content_type=ctype, size=len(data), sha256=hashlib.sha256(data).hexdigest())
        audit.record(user, "evidence.upload", case, item, side=side)
    return item


def path_of(item: Evidence) -> Path:
    """The stored file of an upload."""
    return storage_dir() / item.stored_name
