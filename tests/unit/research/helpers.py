"""Shared fixtures for the research tests: a small checked corpus and hand-built .qdpx archives."""

from __future__ import annotations

import zipfile
from pathlib import Path

from augenhoehe.check import check_text
from augenhoehe.research.corpus import PlanDoc

PLAN_A = """Kooperationsplan vom 04.03.2025
für Herrn Tobias Wendler, erstellt mit Frau Marquardt

Ziel
Herr Wendler möchte als Lagerist arbeiten.

Schritte
- Sie bewerben sich regelmäßig in ausreichendem Umfang.
- Herr Wendler macht bis 30.04.2025 den Staplerschein bei der Fahrschule Kranz GmbH.

Das Jobcenter unterstützt Sie im Rahmen der gesetzlichen Möglichkeiten.

Eine Anpassung erfolgt bei Bedarf.
"""
PLAN_B = """Eingliederungsvereinbarung
zwischen dem Jobcenter und Frau Olena Kovalenko, BG-Nr. 25301BG0048812

Die Kundin hat unaufgefordert monatlich zehn Bewerbungen nachzuweisen.
Kommen Sie den Pflichten nicht nach, wird Ihr Bürgergeld um 30 Prozent gemindert (Rechtsfolgenbelehrung).
"""


def docs() -> list[PlanDoc]:
    """Two checked plans (one cooperative-ish, one EGV-like)."""
    out = []
    for name, text in (("plan-a", PLAN_A), ("plan-b", PLAN_B)):
        result = check_text(text, name)
        out.append(PlanDoc(name, result, None))
    return out


def qdpx(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None) -> Path:
    """A .qdpx archive with the given project.qde and further members."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde if isinstance(qde, bytes) else qde.encode("utf-8"))
        for name, data in (files or {}).items():
            zf.writestr(name, data)
    return path


def rewrite_qde(source: Path, target: Path, old: bytes, new: bytes) -> Path:
    """Copy a .qdpx with one replacement in its project.qde (to break a valid file on purpose)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data.replace(old, new) if item.filename == "project.qde" else data)
    return target
