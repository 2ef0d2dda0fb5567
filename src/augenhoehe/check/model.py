"""Result records of the checker: findings, indicator keys and the per-plan result."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from augenhoehe.domain.i18n import Message, gettext_noop

Severity = Literal["error", "warning", "suggestion"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "suggestion")

INDICATORS: tuple[str, ...] = (
    "ausformulierung",
    "zwischenschritte",
    "kohaerenz",
    "aussagekraft",
    "nachhaltung",
    "gegenseitigkeit",
    "kooperative_sprache",
    "sanktionsfreiheit",
    "verstaendlichkeit",
    "beteiligung",
)

INDICATOR_LABELS: dict[str, str] = {
    "ausformulierung": gettext_noop("Ausformulierung"),
    "zwischenschritte": gettext_noop("Operationalisierte Zwischenschritte"),
    "kohaerenz": gettext_noop("Logik / Kohärenz"),
    "aussagekraft": gettext_noop("Inhaltliche Aussagekraft"),
    "nachhaltung": gettext_noop("Nachhaltung"),
    "gegenseitigkeit": gettext_noop("Gegenseitigkeit"),
    "kooperative_sprache": gettext_noop("Kooperative Sprache"),
    "sanktionsfreiheit": gettext_noop("Keine Rechtsfolgen im Plan"),
    "verstaendlichkeit": gettext_noop("Verständlichkeit"),
    "beteiligung": gettext_noop("Beteiligung"),
}

SCHEMA = "augenhoehe.check/1"

MET = 75
"""An indicator counts as met from 75 points (1.5 of the rubric's 2). The monitoring's shares
("Pläne mit operationalisierten Schritten", "Zusagen des Jobcenters so konkret wie die der Person")
count plans whose indicator reaches this mark, so a share and its indicator bar never contradict."""


@dataclass(frozen=True)
class Finding:
    """One observation about a plan, anchored to a span of its text."""

    code: str
    slug: str
    indicator: str
    severity: Severity
    message: str
    line: int
    column: int
    start: int
    end: int
    excerpt: str
    suggestions: tuple[str, ...] = ()
    text: Message | None = None
    """The message as msgid and values, so the web can show it in the reader's language; not in the
    contract (`message` is its German rendering)."""

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as the JSON object of the contract."""
        data = asdict(self)
        del data["text"]
        data["suggestions"] = list(self.suggestions)
        return data


@dataclass
class CheckResult:
    """The findings and scores of one checked plan."""

    source: str
    regime: str
    text: str
    scores: dict[str, int]
    findings: list[Finding] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    """Measured properties of the plan that the scores build on (see check.features)."""
    reasons: dict[str, list[str]] = field(default_factory=dict)
    """Per indicator and for `gesamt`: what lowered the score most, in German."""
    reason_texts: dict[str, list[Message]] = field(default_factory=dict)
    """The same reasons as msgids and values (for other languages); not in the contract."""

    @property
    def has_errors(self) -> bool:
        """True when at least one finding has severity error."""
        return any(f.severity == "error" for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """Return the result as one entry of the contract's `results` list."""
        return {
            "source": self.source,
            "regime": self.regime,
            "scores": dict(self.scores),
            "findings": [f.to_dict() for f in self.findings],
            "reasons": {k: list(v) for k, v in self.reasons.items()},
        }
