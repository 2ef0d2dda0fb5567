"""Writes the append-only audit log."""

from __future__ import annotations

from typing import Any

from augenhoehe.domain.text import clean_text
from augenhoehe.web.workspace.models import AuditEvent, Case


def record(actor: Any, action: str, case: Case | None = None, obj: Any = None,
           **detail: Any) -> None:
    """Append one audit event: who did what to which case and object."""
    AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        case_id_ref=case.pk if case else None,
        object_type=type(obj).__name__ if obj is not None else "",
        object_id=getattr(obj, "pk", None),
        detail={k: clean_text(v, 300) if isinstance(v, str) else v for k, v in detail.items() if v is not None},
    )
