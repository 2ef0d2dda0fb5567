"""Evaluation of the plan checker against expert labels: Spearman per indicator, sanction P/R, duplicates."""

from __future__ import annotations

import itertools
import sys
import time
from datetime import date
from pathlib import Path

import yaml
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1] / "src"))

from augenhoehe.check import INDICATORS, check_plan, check_text  # noqa: E402
from augenhoehe.check.corpus import apply_duplicates  # noqa: E402
from augenhoehe.check.inputs import load  # noqa: E402

TODAY = date(2026, 11, 24)


def run() -> int:
    """Check every labelled plan and print the figures."""
    labels = yaml.safe_load((ROOT / "labels.yaml").read_text(encoding="utf-8"))
    plans = labels["plans"]
    started = time.perf_counter()
    results = []
    for name in plans:
        loaded = load(ROOT / "plans" / name)
        if loaded.plan is not None:
            res = check_plan(loaded.plan, name, today=TODAY)
        else:
            res = check_text(loaded.text or "", name, today=TODAY)
        results.append(res)
    found_groups = apply_duplicates(results)
    elapsed = time.perf_counter() - started
    by_name = {r.source: r for r in results}
    print(f"Eigene {len(results)} Pläne (eval/check/plans) geprüft in {elapsed:.2f} s. Die Gewichte sind an "
          "../shared/corpus angepasst, nicht an diesen Plänen; die Regeln wurden früher an ihnen abgestimmt.")
    print("\nSpearman-Rangkorrelation (Checker vs. Expertenlabel) und mittlere Abweichung in Punkten:")
    rhos = []
    for key in INDICATORS:
        gold = [plans[n]["scores"][key] for n in plans]
        pred = [by_name[n].scores[key] for n in plans]
        rho = spearmanr(gold, pred).statistic
        rhos.append(rho)
        mae = sum(abs(g - p) for g, p in zip(gold, pred, strict=True)) / len(gold)
        print(f"  {key:<22} {rho:+.2f}   MAE {mae:5.1f}")
    gold_total = [sum(plans[n]["scores"].values()) / len(INDICATORS) for n in plans]
    pred_total = [by_name[n].scores["gesamt"] for n in plans]
    print(f"  {'gesamt (vs. Mittel)':<22} {spearmanr(gold_total, pred_total).statistic:+.2f}")
    print(f"  {'Mittel der zehn':<22} {sum(rhos) / len(rhos):+.2f}")

    gold_s = {n for n in plans if plans[n]["sanction"]}
    pred_s = {n for n in plans if any(f.indicator == "sanktionsfreiheit" and f.severity == "error"
                                      for f in by_name[n].findings)}
    tp = len(gold_s & pred_s)
    precision = tp / len(pred_s) if pred_s else 1.0
    recall = tp / len(gold_s) if gold_s else 1.0
    print(f"\nSanktionssprache: Precision {precision:.2f}, Recall {recall:.2f} "
          f"(TP {tp}, FP {len(pred_s - gold_s)}, FN {len(gold_s - pred_s)})")
    for n in sorted(pred_s ^ gold_s):
        print(f"  abweichend: {n}")

    def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
        return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}  # type: ignore[misc]

    gold_g = [sorted(g) for g in labels["duplicate_groups"]]
    pred_g = [sorted(g) for g in found_groups]
    exact = sum(1 for g in gold_g if g in pred_g)
    gp, pp = pairs(gold_g), pairs(pred_g)
    pair_p = len(gp & pp) / len(pp) if pp else 1.0
    pair_r = len(gp & pp) / len(gp) if gp else 1.0
    print(f"\nBeinahe-Duplikate: {exact}/{len(gold_g)} Gruppen exakt gefunden, "
          f"Paar-Precision {pair_p:.2f}, Paar-Recall {pair_r:.2f}")
    print(f"  gefunden: {pred_g}")
    return 0


def run_corpus() -> int:
    """Out-of-sample figures on ../shared/corpus: scores leave-one-set-out, then the reader per set."""
    sys.path.insert(0, str(ROOT))
    from corpus_eval import corpus_available

    if not corpus_available():
        print("\n../shared/corpus fehlt: keine Korpus-Auswertung.")
        return 0
    import loso
    import reader_eval

    print("\n== Korpus: Werte leave-one-set-out (angepasst auf zwei Sets, gemessen auf dem dritten), "
          "daneben die naive Baseline; '<-' = unter dem Ziel")
    loso.main()
    print("\n== Korpus: Plan-Leser (score.py reading; Ziele F1 0.9, owner 0.9, due 0.85, review 0.9)")
    reader_eval.main()
    return 0


if __name__ == "__main__":
    status = run()
    run_corpus()
    sys.exit(status)
