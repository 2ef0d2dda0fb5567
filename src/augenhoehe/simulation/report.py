"""Scenario comparison: report.html with inline-SVG charts, the parameters, and a caveat."""

from __future__ import annotations

import json
import os
import tempfile
from html import escape
from pathlib import Path

from augenhoehe.simulation.model import INDICATORS, SimulationResult
from augenhoehe.simulation.svg import grouped_bars

LABELS = {
    "ausformulierung": "Ausformulierung", "zwischenschritte": "Zwischenschritte",
    "kohaerenz": "Kohärenz", "aussagekraft": "Aussagekraft", "nachhaltung": "Nachhaltung",
    "gegenseitigkeit": "Gegenseitigkeit", "kooperative_sprache": "Kooperative Sprache",
    "sanktionsfreiheit": "Sanktionsfreiheit", "verstaendlichkeit": "Verständlichkeit",
    "beteiligung": "Beteiligung",
}
CAVEAT = (
    "Dieses Modell ist illustrativ und nicht kalibriert. Es übersetzt das qualitative "
    "Prozessmodell aus „Beratung auf Augenhöhe?“ (Abbildung 1) in Annahmen über Verhalten. "
    "Die Zahlen zeigen, in welche Richtung die Hebel im Modell wirken, nicht, wie stark sie "
    "in einem echten Jobcenter wirken würden. Für Entscheidungen über Personen oder "
    "Jobcenter ist es nicht geeignet."
)


def _name(r: SimulationResult) -> str:
    return str(r.parameters.get("name", "Szenario"))


def report_html(results: list[SimulationResult]) -> str:
    """Return the HTML comparison of several runs."""
    names = [_name(r) for r in results]
    quality = grouped_bars(
        "Planqualität je Indikator (beabsichtigt, 0–100)", [LABELS[k] for k in INDICATORS],
        {n: [float(r.outcomes["quality_mean"][k] or 0) for k in INDICATORS]
         for n, r in zip(names, results, strict=True)}, max_value=100)
    minutes = grouped_bars(
        "Kontaktminuten je Monat nach wahrgenommener Kooperation (Quintile)",
        ["1 (gering)", "2", "3", "4", "5 (hoch)"],
        {n: r.outcomes["contact_minutes_by_perceived_quintile"]
         for n, r in zip(names, results, strict=True)}, unit=" min")
    flows = grouped_bars(
        "Ereignisse in der Laufzeit",
        ["Kontaktabbrüche", "Integrationen", "Aufforderungen", "Verpflichtungen",
         "Schlichtungen"],
        {n: [float(r.outcomes[k]) for k in ("contact_breaks", "integrations", "summons",
                                              "verpflichtungen", "schlichtungen")]
         for n, r in zip(names, results, strict=True)})
    shares = grouped_bars(
        "Anteile der Pläne (Prozent)",
        ["Pro-forma-Pläne", "Genaue Dokumentation", "Rechtsfolgen im Plan", "Abschlussquote"],
        {n: [100 * float(r.outcomes[k] or 0) for k in (
            "share_pro_forma", "share_precise_documentation", "share_sanction_language",
            "conclusion_rate")] for n, r in zip(names, results, strict=True)},
        unit=" %", max_value=100)
    rows = []
    keys = sorted({k for r in results for k in r.parameters})
    for k in keys:
        values = "".join(f"<td>{escape(str(r.parameters.get(k)))}</td>" for r in results)
        rows.append(f"<tr><th>{escape(k)}</th>{values}</tr>")
    head = "".join(f"<th>{escape(n)}</th>" for n in names)
    summary = "".join(
        f"<tr><th>{escape(n)}</th><td>{r.outcomes['plans']}</td>"
        f"<td>{r.outcomes['integration_rate_per_year']:.1%}</td>"
        f"<td>{r.outcomes['contact_breaks']}</td></tr>"
        for n, r in zip(names, results, strict=True))
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Szenarienvergleich – Simulation Kooperationsplan</title>
<style>body{{font-family:system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;
color:#222}} table{{border-collapse:collapse;margin:1em 0}} td,th{{border:1px solid #ccc;
padding:3px 8px;text-align:left;font-size:14px}} .caveat{{background:#fff4d6;padding:1em;
border-left:4px solid #d9822b}} svg{{display:block;margin:1.5em 0}}</style></head>
<body>
<h1>Szenarienvergleich: Simulation des Kooperationsplans</h1>
<p class="caveat"><strong>Hinweis:</strong> {escape(CAVEAT)}</p>
<h2>Überblick</h2>
<table><tr><th>Szenario</th><th>Pläne</th><th>Integrationen je Jahr und Bestand</th>
<th>Kontaktabbrüche</th></tr>{summary}</table>
{quality}
{minutes}
{shares}
{flows}
<h2>Parameter</h2>
<table><tr><th>Parameter</th>{head}</tr>{"".join(rows)}</table>
<p>Bedeutung und Herkunft jedes Parameters: docs/simulation.md.</p>
</body></html>
"""


def write_report(results: list[SimulationResult], out: str | Path) -> Path:
    """Write report.html and summary.json into `out` (each file replaced atomically)."""
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    summary = [{"name": _name(r), "parameters": r.parameters, "outcomes": r.outcomes}
               for r in results]
    for name, content in (("report.html", report_html(results)),
                          ("summary.json", json.dumps(summary, ensure_ascii=False, indent=1))):
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=target)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target / name)
    return target / "report.html"
