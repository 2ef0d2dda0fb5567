"""Generates docs/rules/ (one Markdown page per rule plus an index) from the registry."""

from __future__ import annotations

from pathlib import Path

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.check.rules import Rule, all_rules
from augenhoehe.check.rules.base import CORPUS_SEP
from augenhoehe.check.scoring import FORMULA, WEIGHTS

_SEVERITY_DE = {"error": "Fehler", "warning": "Warnung", "suggestion": "Vorschlag"}


def _example(text: str) -> str:
    if text.startswith("JSON:"):
        return "```json\n" + text[5:] + "\n```"
    parts = text.split(CORPUS_SEP)
    return "\n\n".join("```text\n" + p.strip() + "\n```" for p in parts)


def rule_page(rule: Rule) -> str:
    """Markdown page of one rule."""
    return (
        f"# {rule.code} {rule.slug}: {rule.title}\n\n"
        f"- Indikator: `{rule.indicator}` ({INDICATOR_LABELS[rule.indicator]})\n"
        f"- Schweregrad: {rule.severity} ({_SEVERITY_DE[rule.severity]})\n"
        f"- Gewicht: {rule.weight if rule.weight is not None else WEIGHTS[rule.severity]} Punkte "
        f"je Befund{'' if rule.weight is not None else ' (Standard des Schweregrads)'}\n"
        f"- Umfang: {'mehrere Pläne (Korpus)' if rule.scope == 'corpus' else 'ein Plan'}\n\n"
        f"## Warum\n\n{rule.why}\n\n## Regime\n\n{rule.regimes}\n\n"
        f"## Schlechtes Beispiel\n\n{_example(rule.bad[0])}\n\n"
        f"## Gutes Beispiel\n\n{_example(rule.good[0])}\n"
    )


def weights_section() -> list[str]:
    """The shipped model's weights per indicator, in label units per standard deviation of the feature."""
    from augenhoehe.check.fitted import LABEL, default_model

    model = default_model()
    if model is None:
        return []
    lines = ["## Gewichte der angezeigten Werte", "",
             f"Angepasst an: {', '.join(model.trained_on) or '–'} (siehe `eval/check/fit.py`). Ein Gewicht "
             "sagt, um wie viel Rubrikpunkte sich der Wert ändert, wenn das Merkmal um eine "
             "Standardabweichung steigt.", "", "| Indikator | Merkmal | Gewicht |", "|---|---|---|"]
    for key, m in model.indicators.items():
        for name, weight in sorted(m.weights.items(), key=lambda kv: -abs(kv[1])):
            lines.append(f"| {INDICATOR_LABELS[key]} | {LABEL.get(name, name)} | {weight:+.2f} |")
    for name, weight in model.overall.weights.items():
        label = INDICATOR_LABELS.get(name, "Rechtsfolgen im Plan" if name == "sanction" else name)
        lines.append(f"| gesamt | {label} | {weight:+.2f} |")
    return [*lines, ""]


def index_page(rules: tuple[Rule, ...]) -> str:
    """Index of all rules by indicator, with the scoring formula."""
    lines = ["# Regeln des Plan-Prüfers (`augenhoehe check`)", "",
             "Diese Seiten werden aus dem Regelverzeichnis erzeugt "
             "(`augenhoehe rules docs --out docs/rules`). Bitte nicht von Hand ändern.", "",
             "## Wie aus Befunden Punkte werden", "", FORMULA, "", *weights_section(),
             "## Konfiguration", "",
             "Regeln lassen sich über `augenhoehe-check.toml` (Tabelle `[check]`) oder "
             "`pyproject.toml` (Tabelle `[tool.augenhoehe.check]`) auswählen: "
             "`select = [\"KS\", \"SF\"]` und `ignore = [\"VS105\"]` (Code oder Code-Anfang).", ""]
    for key in INDICATORS:
        lines += [f"## {INDICATOR_LABELS[key]} (`{key}`)", ""]
        for r in rules:
            if r.indicator == key:
                lines.append(f"- [{r.code} {r.slug}]({r.code}.md): {r.title} ({r.severity})")
        lines.append("")
    return "\n".join(lines)


def write_docs(out: Path) -> list[Path]:
    """Write index and rule pages; return the written paths."""
    out.mkdir(parents=True, exist_ok=True)
    rules = all_rules()
    written = [out / "README.md"]
    written[0].write_text(index_page(rules), encoding="utf-8")
    for rule in rules:
        path = out / f"{rule.code}.md"
        path.write_text(rule_page(rule), encoding="utf-8")
        written.append(path)
    return written
