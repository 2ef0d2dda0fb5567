"""Adaptation-strategy indicators per unit (team or pseudonym), with German reading aids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from augenhoehe.domain.i18n import Message, Param, german, gettext_noop
from augenhoehe.monitoring.queries import SUMMONS_WINDOW_DAYS, qual


@dataclass(frozen=True)
class Explanation:
    """German reading aid: one sentence, what the figure can mean and what it cannot.

    The texts are msgids (marked for the web's catalogues) with placeholders filled from `values`;
    `texts()` gives them in German or, with a translate function, in the reader's language.
    """

    title: str
    reading: str
    can_mean: str
    cannot_mean: str
    values: tuple[tuple[str, Param], ...] = ()

    def texts(self, translate: Callable[[str], str] = german) -> dict[str, str]:
        """The four texts with their values filled in."""
        return {f.name: Message(getattr(self, f.name), self.values).render(translate)
                for f in fields(self) if f.name != "values"}


EXPLANATIONS: dict[str, Explanation] = {
    "creaming": Explanation(
        gettext_noop("Creaming (Konzentration auf als kooperativ Eingeschätzte)"),
        gettext_noop("Verhältnis der Kontaktminuten je Fall zwischen dem Fünftel der als am kooperativsten "
                     "und dem Fünftel der als am wenigsten kooperativ eingeschätzten Personen; 1,0 heißt "
                     "gleich verteilt."),
        gettext_noop("Ein Wert deutlich über 1 kann heißen, dass Beratungszeit dorthin fließt, wo die "
                     "Zusammenarbeit ohnehin leicht fällt, und dass Personen mit Hemmnissen weniger bekommen."),
        gettext_noop("Er sagt nichts über einzelne Fachkräfte und nicht, ob die Einschätzung stimmt; mehr Zeit "
                     "für gut Vorankommende kann fachlich begründet sein, z. B. kurz vor einer Arbeitsaufnahme.")),
    "pro_forma": Explanation(
        gettext_noop("Pläne nur der Form nach"),
        gettext_noop("Anteil der Planversionen im Team, die bis auf Namen und Daten mit mindestens einem "
                     "anderen Plan des Teams übereinstimmen."),
        gettext_noop("Ein hoher Anteil kann heißen, dass Pläne wegen einer Abschlussquote aus Vorlagen "
                     "entstehen und nicht mit der Person erarbeitet werden."),
        gettext_noop("Gleiche Textbausteine können auch gute, abgestimmte Formulierungen sein (z. B. für "
                     "einen Kurs, den viele besuchen); entscheidend sind die individuellen Inhalte.")),
    "precise_documentation": Explanation(
        gettext_noop("Genau dokumentieren, um eine Aufforderung vorzubereiten"),
        gettext_noop("Anteil der Pläne mit genau datierten, nachweispflichtigen Pflichten der Person ohne "
                     "gleich konkrete Zusagen des Jobcenters, auf die binnen %(days)d Tagen "
                     "eine Aufforderung oder Verpflichtung folgt."),
        gettext_noop("Ein hoher Anteil kann heißen, dass der Plan als Grundlage für Mitwirkungsschreiben "
                     "dient statt als gemeinsame Vereinbarung – ein Hinweis auf Klärungsbedarf im Haus."),
        gettext_noop("Genaue Schritte sind an sich gut; eine Aufforderung kann berechtigt sein. Der Wert "
                     "zeigt ein Muster im Team, keinen Fehler im Einzelfall."),
        values=(("days", SUMMONS_WINDOW_DAYS),)),
    "egv_habits": Explanation(
        gettext_noop("Fortgeschriebene EGV-Gewohnheiten"),
        gettext_noop("Anteil der Pläne mit Rechtsfolgen- oder Sanktionssprache und mittlerer Anteil der "
                     "Sätze im Anweisungston, getrennt nach Rechtslage (EGV, Bürgergeld, Neue Grundsicherung)."),
        gettext_noop("Bleibt der Anteil nach dem 1.7.2023 hoch, können alte Formulierungen aus der "
                     "Eingliederungsvereinbarung weiterleben, obwohl der Plan keine Rechtsfolgen enthalten soll."),
        gettext_noop("Der Wert misst Sprache, nicht Haltung; ab 1.7.2026 kann eine getrennte Verpflichtung "
                     "rechtmäßig sein – sie gehört nur nicht in den Plan.")),
}


def strategies_sql(unit: str) -> str:
    """One row per UNIT with the four strategy indicators over the whole snapshot."""
    return f"""
    WITH m AS (
      SELECT {qual('c', unit)} AS unit, c.case_id, c.coop_quintile, coalesce(sum(e.minutes), 0) AS minutes
      FROM cases c LEFT JOIN events e ON e.case_id = c.case_id AND e.kind = 'contact'
      GROUP BY ALL),
    g AS (
      SELECT unit, minutes, row_number() OVER (PARTITION BY unit ORDER BY minutes) AS i,
             count(*) OVER (PARTITION BY unit) AS n, sum(minutes) OVER (PARTITION BY unit) AS total
      FROM m),
    cr AS (
      SELECT unit,
        avg(minutes) FILTER (coop_quintile = 5) / nullif(avg(minutes) FILTER (coop_quintile = 1), 0)
          AS creaming_ratio
      FROM m GROUP BY unit),
    gi AS (
      SELECT unit, sum((2 * i - n - 1) * minutes) / nullif(max(n) * max(total), 0) AS contact_gini
      FROM g GROUP BY unit),
    q AS (
      SELECT {qual('p', unit)} AS unit,
        avg(p.s_gesamt) FILTER (c.coop_quintile = 5) - avg(p.s_gesamt) FILTER (c.coop_quintile = 1)
          AS quality_gap_q5_q1,
        avg(p.n_jc_steps) FILTER (c.coop_quintile = 5)
          / nullif(avg(p.n_jc_steps) FILTER (c.coop_quintile = 1), 0) AS offers_ratio_q5_q1
      FROM plan_versions p JOIN cases c USING (case_id) GROUP BY ALL),
    s AS (
      SELECT p.pv_id, bool_or(e.case_id IS NOT NULL) AS followed
      FROM plan_versions p LEFT JOIN events e ON e.case_id = p.case_id
        AND e.kind IN ('summons', 'verpflichtung')
        AND e.date > p.plan_date AND e.date <= p.plan_date + {SUMMONS_WINDOW_DAYS}
      GROUP BY p.pv_id),
    d AS (
      SELECT {qual('p', unit)} AS unit, count(*) AS plans,
        avg((cluster_id IS NOT NULL)::INT) AS share_pro_forma,
        count(DISTINCT cluster_id) AS pro_forma_clusters,
        avg((precise_duties AND s.followed)::INT) AS share_documenting_to_sanction,
        avg(s.followed::INT) FILTER (precise_duties) AS summons_rate_precise,
        avg(s.followed::INT) FILTER (NOT precise_duties) AS summons_rate_other,
        avg(sanction_language::INT) FILTER (regime <> 'egv') AS share_sanction_language_after_egv,
        avg(directive_share) FILTER (regime <> 'egv') AS directive_share_after_egv
      FROM plan_versions p JOIN s USING (pv_id) GROUP BY ALL)
    SELECT d.*, cr.creaming_ratio, gi.contact_gini, q.quality_gap_q5_q1, q.offers_ratio_q5_q1
    FROM d LEFT JOIN cr USING (unit) LEFT JOIN gi USING (unit) LEFT JOIN q USING (unit)
    ORDER BY unit"""


def egv_trend_sql(unit: str) -> str:
    """Sanction and directive language per UNIT and regime period, for the trend across reforms."""
    return f"""SELECT {unit} AS unit, regime, min(plan_date) AS first_plan, count(*) AS plans,
      count(DISTINCT cw) AS caseworkers,
      avg(sanction_language::INT) AS share_sanction_language, avg(directive_share) AS directive_share
      FROM plan_versions GROUP BY ALL ORDER BY unit, first_plan"""


def creaming_curve(snapshot: str | Path, unit_column: str, unit: str) -> list[tuple[int, int, float]]:
    """Contact minutes per case by recorded cooperation level (1–5) for one unit: (level, cases, minutes).

    The caller decides whether the unit may be shown (groups under five caseworkers are not).
    """
    from augenhoehe.monitoring.queries import connect

    if unit_column not in ("team_id", "cw"):
        raise ValueError(unit_column)
    con = connect(snapshot)
    rows = con.execute(f"""
        SELECT c.coop_quintile, count(*), avg(coalesce(m.minutes, 0))
        FROM cases c LEFT JOIN (SELECT case_id, sum(minutes) AS minutes FROM events
                                WHERE kind = 'contact' GROUP BY case_id) m USING (case_id)
        WHERE c.{unit_column} = ? AND c.coop_quintile IS NOT NULL GROUP BY 1 ORDER BY 1""", [unit]).fetchall()
    con.close()
    return [(int(level), int(n), float(minutes)) for level, n, minutes in rows]
