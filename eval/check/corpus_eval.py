"""Shared by fit.py and run.py: the labelled corpus sets, checked once, with features and labels."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parents[1]
sys.path.insert(0, str(REPO / "src"))
CORPUS = REPO.parent / "shared" / "corpus"
SETS = ("set-a", "set-b", "set-c")
TODAY = date(2026, 11, 24)


@dataclass
class Plan:
    """One labelled plan with what the checker measured."""

    set_name: str
    plan_id: str
    text: str
    labels: dict[str, float]
    sanction: bool
    features: dict[str, float]
    result: object


def corpus_available() -> bool:
    """True when ../shared/corpus is there (it is beside every clone on the project's machines)."""
    return all((CORPUS / s / "labels.jsonl").exists() for s in SETS)


def load_sets(sets: tuple[str, ...] = SETS) -> list[Plan]:
    """Check every plan of the given sets as `augenhoehe check` checks a whole set.

    The features do not depend on the shipped weights (the weights only turn features into scores),
    so fitting on these features and scoring held-out plans with new weights is clean.
    """
    from augenhoehe.check import check_text
    from augenhoehe.check.corpus import apply_duplicates

    plans: list[Plan] = []
    for set_name in sets:
        first = len(plans)
        for line in (CORPUS / set_name / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text = (CORPUS / set_name / "plans" / f"{row['id']}.txt").read_text(encoding="utf-8")
            res = check_text(text, f"{row['id']}.txt", today=TODAY)
            labels = {k: float(v) for k, v in row["labels"].items() if k != "sanktionssprache"}
            plans.append(Plan(set_name, row["id"], text, labels, bool(row["labels"]["sanktionssprache"]),
                              res.features, res))
        # near-duplicates within a set get their finding (AK104), as on the command line
        apply_duplicates([p.result for p in plans[first:]])  # type: ignore[misc]
    return plans
