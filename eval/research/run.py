"""Validity of the checker against human labels, with the research package's own statistics.

The shared corpus (../shared/corpus, 90 plans, read at run time) carries a human rubric per plan:
0/1/2 per indicator and a sanction-language flag. A plan "falls short" of an indicator for the
human when the label is below 2 (or the sanction flag is set), and for the checker when it reports
at least one finding of that indicator – the same reading as the indicator codes of
`augenhoehe research export`. Per indicator: percentage agreement, Cohen's κ, Brennan–Prediger κ
and Krippendorff's α on that presence, i.e. the document-level part of `augenhoehe research validity`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from augenhoehe.check import check_text
from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.research.agreement import brennan_prediger, cohen_kappa, krippendorff_alpha_nominal, percent

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
LABEL = {k: k for k in INDICATORS} | {"sanktionsfreiheit": "sanktionssprache"}


def _fmt(x: float | None) -> str:
    return "    –" if x is None else f"{x:5.2f}"


def main() -> int:
    """Print the table; exit 0 (this is a measurement, not a gate)."""
    if not CORPUS.is_dir():
        print(f"Gemeinsamer Korpus nicht gefunden ({CORPUS}), übersprungen.")
        return 0
    human: dict[str, list[int]] = {k: [] for k in INDICATORS}
    checker: dict[str, list[int]] = {k: [] for k in INDICATORS}
    n = 0
    for labels in sorted(CORPUS.glob("set-*/labels.jsonl")):
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text = (labels.parent / "plans" / f"{row['id']}.txt").read_text(encoding="utf-8")
            result = check_text(text, row["id"])
            found = {f.indicator for f in result.findings}
            n += 1
            for key in INDICATORS:
                value = row["labels"].get(LABEL[key])
                if value is None:
                    continue
                short = bool(value) if isinstance(value, bool) else value < 2
                human[key].append(int(short))
                checker[key].append(int(key in found))
    print(f"Prüfung gegen menschliche Labels, {n} Pläne (Mangel: Label < 2 bzw. Sanktionssprache; "
          "Prüfung: mindestens ein Befund)")
    print(f"{'Indikator':<36} {'Mangel Mensch':>13} {'Prüfung':>8} {'Übereinst.':>10} {'κ':>5} {'κ_BP':>5} {'α':>5}")
    for key in INDICATORS:
        a, b = human[key], checker[key]
        print(f"{INDICATOR_LABELS[key]:<36} {sum(a):>13} {sum(b):>8} {_fmt(percent(a, b)):>10} "
              f"{_fmt(cohen_kappa(a, b))} {_fmt(brennan_prediger(a, b))} "
              f"{_fmt(krippendorff_alpha_nominal(list(zip(a, b, strict=True))))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
