"""Discussion guide on client differentiation: the team's creaming and quality-by-cooperation figures."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from augenhoehe.web.accounts.models import Team
from augenhoehe.web.workspace.services import figures


def _number(value: Any, digits: int = 2) -> str | None:
    return None if value is None else f"{float(value):.{digits}f}".replace(".", ",")


def team_figures(team: Team | None) -> dict[str, Any]:
    """The team's creaming ratio, quality gap and curve from the monitoring (suppressed under five)."""
    empty: dict[str, Any] = {"available": False, "suppressed": False, "creaming_ratio": None, "quality_gap": None,
             "offers_ratio": None, "curve": [], "caseworkers": None}
    if team is None:
        return empty
    report = figures.team_report(team)
    if report is None:
        return empty
    if report.suppressed or report.strategies is None:
        return {**empty, "available": True, "suppressed": report.suppressed}
    values = report.strategies.values
    curve = figures.team_creaming_curve(team)
    top = max((m for _l, _n, m in curve), default=0) or 1
    return {**empty, "available": True, "caseworkers": report.caseworkers,
            "creaming_ratio": _number(values.get("creaming_ratio")),
            "quality_gap": _number(values.get("quality_gap_q5_q1"), 0),
            "offers_ratio": _number(values.get("offers_ratio_q5_q1")),
            "curve": [{"level": lvl, "cases": n, "minutes": round(m), "width": round(100 * m / top)}
                      for lvl, n, m in curve]}


def findings() -> list[str]:
    """What the paper found (Jäckle, in: Beratung auf Augenhöhe), in short."""
    return [
        _("Integrationsfachkräfte deuten die Reformziele vor dem Hintergrund ihres eigenen Rollenverständnisses "
          "– das Spannungsverhältnis von Dienstleistung und Kontrolle wird unterschiedlich wahrgenommen."),
        _("Viele erleben ihren Handlungsrahmen als eingeschränkt, vor allem beim Einfluss auf die Mitwirkung "
          "der Kundinnen und Kunden."),
        _("Als Anpassungsstrategie zeigte sich Creaming: Beratungsarbeit konzentriert sich auf Personen, bei "
          "denen die Zusammenarbeit ohnehin als kooperativ wahrgenommen wird."),
        _("Hohe Fallzahlen und enge Zielvorgaben können diese Priorisierung verstärken."),
        _("Empfohlen wird eine offene Kommunikation über differenzierte Vorgehensweisen und die Überwindung "
          "einer allzu einfachen Unterteilung in kooperative und nicht kooperative Kundinnen und Kunden."),
    ]


def questions() -> list[dict[str, Any]]:
    """The facilitated discussion in four steps, each with questions."""
    return [
        {"title": _("1. Ankommen (10 Minuten)"), "items": [
            _("Woran erkennen wir im Alltag, dass jemand „kooperativ“ ist? Woran, dass nicht?"),
            _("Welche Einschätzungen über Kundinnen und Kunden treffen wir früh – und wann prüfen wir sie wieder?")]},
        {"title": _("2. Die Zahlen lesen (15 Minuten)"), "items": [
            _("Was fällt uns an der Verteilung der Kontaktzeit auf? Was hätten wir erwartet?"),
            _("Wie unterscheiden sich die Pläne für als wenig kooperativ eingeschätzte Personen von den anderen?"),
            _("Welche Erklärungen gibt es außer Creaming (z. B. Arbeitsaufnahme steht bevor, Krankheit, "
              "Kontaktabbruch)?")]},
        {"title": _("3. Unsere Praxis (20 Minuten)"), "items": [
            _("Wann ist es fachlich richtig, Zeit ungleich zu verteilen – und wann wird es zur Gewohnheit?"),
            _("Was bräuchten wir, um mit Personen, bei denen es schwierig ist, anders ins Gespräch zu kommen?"),
            _("Welche Rahmenbedingungen (Fallzahlen, Quoten) verstärken die Priorisierung bei uns?")]},
        {"title": _("4. Vereinbarungen (15 Minuten)"), "items": [
            _("Was probieren wir in den nächsten drei Monaten aus?"),
            _("Welchen Teamstandard wollen wir dafür festhalten, und woran merken wir, ob er wirkt?")]},
    ]


def limits() -> list[str]:
    """What the figures can and cannot mean."""
    return [
        _("Die Zahlen zeigen ein Muster im Team, nie eine einzelne Fachkraft; Gruppen unter fünf Personen werden "
          "nicht gezeigt."),
        _("Die Kooperationsstufe ist eine Einschätzung der Fachkraft, keine Eigenschaft der Person."),
        _("Mehr Zeit für eine Gruppe kann fachlich begründet sein; die Zahlen sind Anlass für ein Gespräch, kein "
          "Urteil."),
        _("Die Qualitätsunterschiede beruhen auf dem Prüfprogramm; es misst die Form des Plans, nicht den Verlauf "
          "der Beratung."),
    ]
