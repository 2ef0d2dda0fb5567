"""Fit the score model on labelled corpus sets and write src/augenhoehe/check/weights.json.

Usage: python eval/check/fit.py [SET ...]   (default: all three sets of ../shared/corpus)
The shipped weights are fitted on all sets; the figures `make eval` reports come from leave-one-set-out
fits (run.py), never from these weights on the plans they were fitted on.
"""

from __future__ import annotations

import json
import sys

from corpus_eval import SETS, load_sets

from augenhoehe.check.fitted import WEIGHTS_FILE, fit_model


def main(argv: list[str]) -> int:
    """Fit and write the weights."""
    sets = tuple(argv) or SETS
    plans = load_sets(sets)
    model = fit_model([p.features for p in plans], [p.labels for p in plans], trained_on=sets)
    WEIGHTS_FILE.write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                            encoding="utf-8")
    print(f"{len(plans)} Pläne aus {', '.join(sets)} -> {WEIGHTS_FILE}")
    for name, m in model.indicators.items():
        ws = ", ".join(f"{k} {v:+.2f}" for k, v in sorted(m.weights.items(), key=lambda kv: -abs(kv[1])))
        print(f"  {name:<20} {ws}")
    ws = ", ".join(f"{k} {v:+.2f}" for k, v in model.overall.weights.items())
    print(f"  {'gesamt':<20} {ws}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
