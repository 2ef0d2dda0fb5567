"""Leave-one-set-out: fit on two corpus sets, score the third with the corpus's own scorer."""

from __future__ import annotations

import sys

from corpus_eval import CORPUS, SETS, load_sets

sys.path.insert(0, str(CORPUS))
from baseline import score as naive  # noqa: E402
from score import spearman  # noqa: E402

from augenhoehe.check.fitted import fit_model, to_scores  # noqa: E402

INDICATORS = ["ausformulierung", "zwischenschritte", "kohaerenz", "aussagekraft", "nachhaltung",
              "gegenseitigkeit", "kooperative_sprache", "verstaendlichkeit", "beteiligung", "gesamt"]


def main() -> int:
    """Print one table per held-out set and a summary."""
    plans = load_sets()
    ok = True
    for held in SETS:
        train = [p for p in plans if p.set_name != held]
        test = [p for p in plans if p.set_name == held]
        model = fit_model([p.features for p in train], [p.labels for p in train])
        print(f"\n== gehalten: {held} (angepasst auf {', '.join(s for s in SETS if s != held)})")
        for ind in INDICATORS:
            gold = [p.labels[ind] for p in test]
            pred = [to_scores(model.predict(p.features))[ind] for p in test]
            base = [naive(p.text)[ind] for p in test]
            rho, rb = spearman(gold, pred), spearman(gold, base)
            bad = rho < (0.85 if ind == "gesamt" else 0.7) or rho < rb
            ok = ok and not bad
            print(f"  {ind:<20} {rho:5.2f}  (Baseline {rb:5.2f}){'  <-' if bad else ''}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
