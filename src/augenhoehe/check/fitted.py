"""Indicator scores from features: a small linear model per indicator whose weights can be read.

The weights live in `weights.json` beside this module, written by `eval/check/fit.py` from labelled plans
(rubric 0–2 per indicator, 0–10 overall). Each weight is in label units per standard deviation of its
feature, and its sign agrees with the feature's expected direction (the fit drops features whose sign
does not). `explain` turns a plan's largest negative contributions into the reasons shown to users.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from augenhoehe.check.features import FEATURES
from augenhoehe.check.model import INDICATORS

WEIGHTS_FILE = Path(__file__).with_name("weights.json")
SCORED: tuple[str, ...] = tuple(k for k in INDICATORS if k != "sanktionsfreiheit")
SANCTION_CAP = 30
"""`gesamt` never exceeds this when the plan threatens legal consequences (the rubric caps at 3 of 10)."""

CANDIDATES: dict[str, tuple[str, ...]] = {
    "ausformulierung": ("timed_share", "vague_share", "steps", "jc_timed_share", "rules_ausformulierung"),
    "zwischenschritte": ("steps", "step_kinds", "interim_goal", "application_only", "timed_share",
                         "rules_zwischenschritte"),
    "kohaerenz": ("steps", "jc_fit", "jc_timed_share", "jc_vague_share", "obstacles_ignored", "goal_link",
                  "goal_mismatch", "obstacles_worked_against", "timed_share", "vague_share", "directive_rate",
                  "rules_kohaerenz"),
    "aussagekraft": ("vocabulary", "rules_aussagekraft"),
    "nachhaltung": ("review", "rules_nachhaltung"),
    "gegenseitigkeit": ("jc_steps", "jc_timed_share", "jc_vague_share", "jc_concrete_gap",
                        "rules_gegenseitigkeit"),
    "kooperative_sprache": ("directive_rate", "depersonal_rate", "cooperative_rate", "sanction",
                            "rules_kooperative_sprache"),
    "verstaendlichkeit": ("sentence_length", "long_words", "legalese_rate", "abbreviations", "depersonal_rate",
                          "rules_verstaendlichkeit"),
    "beteiligung": ("voice_rate", "voice_count", "quotes", "first_person", "depersonal_rate", "rules_beteiligung"),
}
DIRECTION = {f.name: f.direction for f in FEATURES}
SIGN_OVERRIDES: dict[str, dict[str, int]] = {}
"""Per-indicator directions where a feature means the opposite of its default (none at present)."""
LABEL = {f.name: f.label for f in FEATURES}


@dataclass(frozen=True)
class LinearModel:
    """intercept + Σ weight·(x − mean)/std, clipped to [0, top]."""

    intercept: float
    weights: dict[str, float]
    mean: dict[str, float]
    std: dict[str, float]
    top: float

    def contributions(self, x: dict[str, float]) -> dict[str, float]:
        """Each feature's share of the prediction (label units)."""
        return {k: w * (x.get(k, 0.0) - self.mean[k]) / self.std[k] for k, w in self.weights.items()}

    def predict(self, x: dict[str, float]) -> float:
        """Predicted label, clipped to the rubric's range."""
        value = self.intercept + sum(self.contributions(x).values())
        return min(self.top, max(0.0, value))

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"intercept": self.intercept, "weights": self.weights, "mean": self.mean, "std": self.std,
                "top": self.top}


def fit_linear(rows: list[dict[str, float]], y: list[float], names: tuple[str, ...], top: float,
               alpha: float = 2.0, signs: dict[str, int] | None = None) -> LinearModel:
    """Ridge regression on standardised features; features whose sign contradicts `signs` are dropped."""
    import numpy as np

    names = tuple(names)
    signs = signs if signs is not None else DIRECTION
    while True:
        X = np.array([[r[n] for n in names] for r in rows], dtype=float)
        mean = X.mean(axis=0)
        std = X.std(axis=0)
        std[std == 0] = 1.0
        Z = (X - mean) / std
        yv = np.array(y, dtype=float)
        ym = yv.mean()
        w = np.linalg.solve(Z.T @ Z + alpha * np.eye(len(names)), Z.T @ (yv - ym)) if names else np.zeros(0)
        wrong = [n for n, wi in zip(names, w, strict=True) if signs.get(n, 1) * wi < 0]
        if not wrong:
            break
        worst = min(wrong, key=lambda n: signs.get(n, 1) * w[names.index(n)])
        names = tuple(n for n in names if n != worst)
    return LinearModel(float(ym), {n: float(wi) for n, wi in zip(names, w, strict=True)},
                       {n: float(m) for n, m in zip(names, mean, strict=True)},
                       {n: float(s) for n, s in zip(names, std, strict=True)}, top)


@dataclass(frozen=True)
class ScoreModel:
    """One linear model per indicator and one for the overall score (on the indicator predictions)."""

    indicators: dict[str, LinearModel]
    overall: LinearModel
    trained_on: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"schema": "augenhoehe.weights/1", "trained_on": list(self.trained_on),
                "indicators": {k: m.to_dict() for k, m in self.indicators.items()},
                "overall": self.overall.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScoreModel:
        """Read the JSON form."""
        return cls({k: LinearModel(**v) for k, v in data["indicators"].items()}, LinearModel(**data["overall"]),
                   tuple(data.get("trained_on", ())))

    def predict(self, x: dict[str, float]) -> dict[str, float]:
        """Predicted labels: indicators 0–2, `gesamt` 0–10 (capped when the plan threatens)."""
        out = {k: m.predict(x) for k, m in self.indicators.items()}
        overall_x = dict(out)
        overall_x["sanction"] = x.get("sanction", 0.0)
        total = self.overall.predict(overall_x)
        if x.get("sanction"):
            total = min(total, SANCTION_CAP / 10)
        out["gesamt"] = total
        return out


def fit_model(rows: list[dict[str, float]], labels: list[dict[str, float]], trained_on: tuple[str, ...] = (),
              alpha: float = 2.0) -> ScoreModel:
    """Fit every indicator model, then the overall model on the indicators' in-sample predictions."""
    indicators = {k: fit_linear(rows, [lab[k] for lab in labels], CANDIDATES[k], 2.0, alpha,
                                DIRECTION | SIGN_OVERRIDES.get(k, {})) for k in SCORED}
    stacked = []
    for r in rows:
        p: dict[str, float] = {k: m.predict(r) for k, m in indicators.items()}
        p["sanction"] = r.get("sanction", 0.0)
        stacked.append(p)
    signs = {k: 1 for k in SCORED} | {"sanction": -1}
    overall = fit_linear(stacked, [lab["gesamt"] for lab in labels], (*SCORED, "sanction"), 10.0, alpha, signs)
    return ScoreModel(indicators, overall, trained_on)


@lru_cache(maxsize=1)
def default_model() -> ScoreModel | None:
    """The shipped model (None when weights.json is missing: scores then come from the rules alone)."""
    if not WEIGHTS_FILE.exists():
        return None
    return ScoreModel.from_dict(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))


def to_scores(pred: dict[str, float]) -> dict[str, int]:
    """Predicted labels as 0–100 scores."""
    out = {k: round(50 * v) for k, v in pred.items() if k != "gesamt"}
    out["gesamt"] = round(10 * pred["gesamt"])
    return out


def explain(model: ScoreModel, x: dict[str, float], indicator: str, limit: int = 2,
            rule_reason: str | None = None) -> list[str]:
    """The features that lowered an indicator most, as German reasons.

    The rules' penalty feature is named by the finding behind it (rule_reason) when one is given.
    """
    contrib = model.indicators[indicator].contributions(x)
    low = sorted((v, k) for k, v in contrib.items() if v < -0.05)[:limit]
    out = []
    for _v, k in low:
        if k.startswith("rules_") and rule_reason:
            out.append(rule_reason)
        elif not k.startswith("rules_"):
            out.append(LABEL.get(k, k))
    return out
