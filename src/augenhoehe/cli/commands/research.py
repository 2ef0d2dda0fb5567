"""`augenhoehe research …`: category guide, REFI-QDA export/import, agreement and validity."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

NAME = "research"
HELP = ("Forschung: Kategorienleitfaden als REFI-QDA-Codebuch, Plankorpus als .qdpx, "
        "Import codierter Projekte, Übereinstimmung und Validität der Prüfung.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands codebook, export, import, agreement, validity."""
    sub = parser.add_subparsers(dest="research_command", metavar="UNTERBEFEHL")
    p = sub.add_parser("codebook", help="Kategorienleitfaden als REFI-QDA-Codebuch (.qdc) schreiben")
    p.add_argument("--out", required=True, metavar="FILE.qdc")
    p = sub.add_parser("export", help="Plankorpus als REFI-QDA-Projekt (.qdpx) exportieren")
    p.add_argument("paths", nargs="*", metavar="PATH", help="Dateien oder Verzeichnisse (.txt, .md, .json)")
    p.add_argument("--from-simulation", metavar="DIR", help="Ausgabe von `augenhoehe simulate --out DIR`")
    p.add_argument("--workspace", action="store_true", help="Pläne aus dem Arbeitsbereich (Web-Anwendung)")
    p.add_argument("--ground-truth", action="store_true", help="bei Simulationen: Ground Truth als Variablen")
    p.add_argument("--out", required=True, metavar="FILE.qdpx")
    p.add_argument("--no-pseudonymise", action="store_true",
                   help="Texte nicht pseudonymisieren (nur für bereits anonyme oder synthetische Texte)")
    p.add_argument("--name", default="augenhoehe-Export", help="Projektname")
    p = sub.add_parser("import", help="codiertes REFI-QDA-Projekt (.qdpx) lesen")
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--format", choices=("text", "json"), default="json")
    p = sub.add_parser("agreement", help="Übereinstimmung zwischen Codierern")
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--coders", required=True, metavar="A,B", help="Namen (oder GUIDs), durch Komma getrennt")
    p.add_argument("--code", metavar="NAME", help="nur dieser Code")
    p.add_argument("--min-overlap", type=float, default=0.9, metavar="ANTEIL",
                   help="Mindestüberlappung für Segmentübereinstimmung (Standard 0.9 = 90 %%)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p = sub.add_parser("validity", help="Validität der Prüfung: Mensch gegen Prüfung, Mensch gegen Mensch")
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--min-overlap", type=float, default=0.9, metavar="ANTEIL")
    p.add_argument("--format", choices=("text", "json"), default="text")


def _err(message: str) -> int:
    print(f"augenhoehe research: {message}", file=sys.stderr)
    return 2


def _fmt(x: float | None) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def _codebook(args: argparse.Namespace) -> int:
    from augenhoehe.research.codebook import write_codebook

    path = write_codebook(args.out)
    print(f"Codebuch geschrieben: {path}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from augenhoehe.research.corpus import CorpusError, from_paths, from_simulation
    from augenhoehe.research.export import build_project, write_qdpx

    chosen = sum(bool(x) for x in (args.paths, args.from_simulation, args.workspace))
    if chosen != 1:
        return _err("export braucht genau eine Quelle: PATH…, --from-simulation DIR oder --workspace.")
    if args.workspace:
        return _err("--workspace ist nicht verfügbar: Forschungsprojekte enthalten nur eingelesenes Material, "
                    "nie laufende Fälle (Rolle „Forschung“ in der Web-Anwendung). Bitte Pläne als Dateien "
                    "exportieren und mit PATH… übergeben.")
    problems: list[str] = []
    try:
        if args.from_simulation:
            docs = from_simulation(args.from_simulation, args.ground_truth)
        else:
            docs, problems = from_paths(args.paths)
    except CorpusError as exc:
        return _err(str(exc))
    for message in problems:
        print(f"augenhoehe research: {message}", file=sys.stderr)
    if not docs:
        return _err("keine lesbaren Pläne gefunden, nichts exportiert.")
    project = build_project(docs, pseudonymise=not args.no_pseudonymise, name=args.name)
    path = write_qdpx(project, args.out)
    pseudo = "nicht pseudonymisiert" if args.no_pseudonymise else "pseudonymisiert (Zuordnung nicht gespeichert)"
    print(f"{len(project.sources)} Pläne, {len(project.codings)} Befunde als Codierungen, {pseudo}: {path}")
    return 2 if problems else 0


def _load(path: str) -> Any:
    from augenhoehe.research.importer import QdpxError, read_qdpx

    try:
        return read_qdpx(path)
    except QdpxError as exc:
        _err(str(exc))
        return None


def _import(args: argparse.Namespace) -> int:
    project = _load(args.file)
    if project is None:
        return 2
    if args.format == "json":
        print(json.dumps(project.to_dict(), ensure_ascii=False, indent=1, default=str))
        return 0
    print(f"Projekt „{project.name}“: {len(project.sources)} Quellen, {len(project.codes)} Codes, "
          f"{len(project.users)} Codierer, {len(project.codings)} Codierungen")
    for u in project.users:
        n = sum(c.user == u.guid for c in project.codings)
        print(f"  Codierer {u.name}: {n} Codierungen")
    for line in project.notes:
        print(f"  Hinweis: {line}")
    for line in project.skipped:
        print(f"  übersprungen: {line}")
    return 0


def _print_figures(rows: list[Any], indent: str = "") -> None:
    print(f"{indent}{'Code':<36} {'Dok.':>4} {'Segm.%':>6} {'Präs.%':>6} {'κ':>6} {'κ_BP':>6} "
          f"{'α':>6} {'αu':>6}")
    for f in rows:
        seg = "   –  " if f.percent_segments is None else f"{100 * f.percent_segments:6.1f}"
        pres = "   –  " if f.percent_presence is None else f"{100 * f.percent_presence:6.1f}"
        print(f"{indent}{f.code[:36]:<36} {f.documents:>4} {seg} {pres} {_fmt(f.cohen_kappa)} "
              f"{_fmt(f.brennan_prediger)} {_fmt(f.alpha_nominal)} {_fmt(f.alpha_unitized)}")


def _compute(args: argparse.Namespace, compute: Any) -> Any:
    """Load the project and compute; None (after a German message) when either fails."""
    from augenhoehe.research.compare import AgreementError

    project = _load(args.file)
    if project is None:
        return None
    try:
        return compute(project)
    except AgreementError as exc:
        _err(str(exc))
        return None


def _agreement(args: argparse.Namespace) -> int:
    from augenhoehe.research.compare import agreement_report

    rows = _compute(args, lambda p: agreement_report(p, args.coders.split(","), args.code, args.min_overlap))
    if rows is None:
        return 2
    if args.format == "json":
        print(json.dumps({"schema": "augenhoehe.agreement/1", "min_overlap": args.min_overlap,
                          "results": [r.to_dict() for r in rows]}, ensure_ascii=False, indent=1))
        return 0
    print(f"Übereinstimmung {', '.join(rows[0].coders) if rows else args.coders} "
          f"(Segmente ab {args.min_overlap:.0%} Überlappung)")
    _print_figures(rows)
    return 0


def _validity(args: argparse.Namespace) -> int:
    from augenhoehe.research.compare import validity_report

    report = _compute(args, lambda p: validity_report(p, args.min_overlap))
    if report is None:
        return 2
    if args.format == "json":
        print(json.dumps({"schema": "augenhoehe.validity/1", "min_overlap": args.min_overlap,
                          "indicators": [r.to_dict() for r in report]}, ensure_ascii=False, indent=1))
        return 0
    for r in report:
        print(f"\n{r.label} ({r.indicator})")
        for f in r.human_vs_checker:
            f.code = f"{f.coders[0]} ↔ Prüfung"
        for f in r.human_vs_human:
            f.code = f"{f.coders[0]} ↔ {f.coders[1]}"
        _print_figures(r.human_vs_checker + r.human_vs_human, "  ")
    return 0


def run(args: argparse.Namespace) -> int:
    """Dispatch to the research subcommand; 2 for bad input with a German message."""
    handlers = {"codebook": _codebook, "export": _export, "import": _import, "agreement": _agreement,
                "validity": _validity}
    handler = handlers.get(args.research_command or "")
    if handler is None:
        return _err("Unterbefehl fehlt: codebook, export, import, agreement oder validity.")
    return handler(args)
