"""Text and JSON output of check results (the JSON shape is the augenhoehe.check/1 contract)."""

from __future__ import annotations

import json
from typing import Any

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS, SCHEMA, CheckResult

_SEVERITY_DE = {"error": "Fehler", "warning": "Warnung", "suggestion": "Vorschlag"}


def to_json(results: list[CheckResult], groups: list[list[str]]) -> str:
    """One JSON document for all results."""
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "results": [r.to_dict() for r in results],
        "duplicate_groups": groups,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def to_text(results: list[CheckResult], groups: list[list[str]]) -> str:
    """Linter-style lines (file:line:column code message) and a score summary per file."""
    out: list[str] = []
    for res in results:
        for f in res.findings:
            out.append(f"{res.source}:{f.line}:{f.column}: {f.code} [{_SEVERITY_DE[f.severity]}] "
                       f"{f.message}")
            for tip in f.suggestions:
                out.append(f"    → {tip}")
        parts = ", ".join(f"{INDICATOR_LABELS[k]} {res.scores[k]}" for k in INDICATORS)
        count = {s: sum(1 for f in res.findings if f.severity == s) for s in _SEVERITY_DE}
        out.append(f"{res.source}: gesamt {res.scores['gesamt']}/100 (Regime {res.regime}; "
                   f"{count['error']} Fehler, {count['warning']} Warnungen, "
                   f"{count['suggestion']} Vorschläge)")
        out.append(f"    {parts}")
        out.append("")
    for group in groups:
        out.append("Beinahe gleiche Pläne: " + ", ".join(group))
    return "\n".join(out).rstrip() + "\n"
