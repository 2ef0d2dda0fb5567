"""The three legal regimes of § 15 SGB II, keyed by date, and what each allows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from augenhoehe.domain.i18n import gettext_noop


class Regime(StrEnum):
    """Legal regime of a plan, decided by the plan's date."""

    EGV = "egv"
    BUERGERGELD = "buergergeld"
    GRUNDSICHERUNG = "grundsicherung"


BUERGERGELD_START = date(2023, 7, 1)
"""New § 15 (Kooperationsplan) and § 15a (Schlichtung) in force."""
EGV_LAST_VALID = date(2023, 12, 31)
"""§ 65 Abs. 4 SGB II: old Eingliederungsvereinbarungen ran until this day at the latest."""
GRUNDSICHERUNG_START = date(2026, 7, 1)
"""13. SGB II-ÄndG (Neue Grundsicherung): Schlichtung gone, § 15a Verpflichtung by VA."""

MAX_REVIEW_MONTHS = 6
"""§ 15 Abs. 3 SGB II: update the plan at the latest after six months."""


@dataclass(frozen=True)
class ContentSlot:
    """One of the § 15 Abs. 2 contents that a plan under a regime should address."""

    key: str
    label: str
    legal_ref: str
    hint: str


@dataclass(frozen=True)
class RegimeRules:
    """What the law of one regime says about the plan and about obligations."""

    regime: Regime
    name: str
    plan_name: str
    valid_from: date | None
    valid_until: date | None
    plan_is_legally_binding: bool
    has_schlichtung: bool
    has_verpflichtung_by_va: bool
    childcare_reasonable_from_months: int
    content_slots: tuple[ContentSlot, ...]
    client_explanation: tuple[str, ...]


_SLOT_EIGEN = ContentSlot(
    "eigenbemuehungen",
    gettext_noop("Eigenbemühungen (mindestens) und wie sie gezeigt werden"),
    "§ 15 Abs. 2 Satz 2 Nr. 2 SGB II",
    gettext_noop("Zum Beispiel: zwei Bewerbungen im Monat, Nachweis durch Kopie oder Liste."),
)
_SLOT_LEISTUNGEN = ContentSlot(
    "eingliederungsleistungen",
    gettext_noop("Eingliederungsleistungen, die in Betracht kommen"),
    "§ 15 Abs. 2 Satz 2 Nr. 1 SGB II (Neue Grundsicherung: Nr. 3)",
    gettext_noop("Zum Beispiel: Weiterbildung, Fahrtkosten, Bewerbungskosten, Coaching."),
)
_SLOT_SPRACHKURS = ContentSlot(
    "sprachkurs",
    gettext_noop("Integrationskurs oder Berufssprachkurs"),
    "§ 15 Abs. 2 Satz 2 Nr. 3 SGB II (Neue Grundsicherung: Nr. 4)",
    gettext_noop("Nur wenn ein Kurs geplant ist: welcher Kurs, ab wann."),
)
_SLOT_ANDERE_TRAEGER = ContentSlot(
    "andere_leistungstraeger",
    gettext_noop("Leistungen anderer Leistungsträger"),
    "§ 15 Abs. 2 Satz 2 Nr. 4 SGB II (Neue Grundsicherung: Nr. 5)",
    gettext_noop("Zum Beispiel: Jugendamt, Rentenversicherung, Schuldnerberatung."),
)
_SLOT_TAETIGKEIT = ContentSlot(
    "taetigkeitsbereiche",
    gettext_noop("Ausbildung, Tätigkeiten oder Tätigkeitsbereiche der Vermittlung"),
    "§ 15 Abs. 2 Satz 2 Nr. 5 SGB II (Neue Grundsicherung: Nr. 1)",
    gettext_noop("In welche Berufe oder Bereiche vermittelt werden soll."),
)
_SLOT_REHA = ContentSlot(
    "reha",
    gettext_noop("Bedarf an beruflicher oder medizinischer Rehabilitation"),
    "§ 15 Abs. 2 Satz 2 Nr. 6 SGB II",
    gettext_noop("Ob ein Reha-Bedarf besteht und ob ein Antrag gestellt werden soll."),
)
_SLOT_ANGEBOT = ContentSlot(
    "persoenliches_angebot",
    gettext_noop("Persönliches Angebot der Beratung, Unterstützung oder Vermittlung"),
    "§ 15 Abs. 2 Satz 1 SGB II (Neue Grundsicherung)",
    gettext_noop("Was das Jobcenter dieser Person konkret anbietet."),
)
_SLOT_BEHINDERUNG = ContentSlot(
    "besondere_beduerfnisse",
    gettext_noop("Besondere Bedürfnisse bei Behinderung"),
    "§ 15 Abs. 2 letzter Satz SGB II (Neue Grundsicherung)",
    gettext_noop("Nur wenn zutreffend: welche Bedürfnisse berücksichtigt werden."),
)

RULES: dict[Regime, RegimeRules] = {
    Regime.EGV: RegimeRules(
        regime=Regime.EGV,
        name=gettext_noop("Eingliederungsvereinbarung (bis 30.06.2023)"),
        plan_name="Eingliederungsvereinbarung",
        valid_from=None,
        valid_until=date(2023, 6, 30),
        plan_is_legally_binding=True,
        has_schlichtung=False,
        has_verpflichtung_by_va=False,
        childcare_reasonable_from_months=36,
        content_slots=(_SLOT_LEISTUNGEN, _SLOT_EIGEN),
        client_explanation=(
            gettext_noop("Bis zum 30.06.2023 galt die Eingliederungsvereinbarung. Sie war ein Vertrag "
            "und enthielt eine Belehrung über Rechtsfolgen."),
            gettext_noop("Alte Vereinbarungen galten höchstens bis zum 31.12.2023."),
        ),
    ),
    Regime.BUERGERGELD: RegimeRules(
        regime=Regime.BUERGERGELD,
        name=gettext_noop("Bürgergeld (01.07.2023 bis 30.06.2026)"),
        plan_name="Kooperationsplan",
        valid_from=BUERGERGELD_START,
        valid_until=date(2026, 6, 30),
        plan_is_legally_binding=False,
        has_schlichtung=True,
        has_verpflichtung_by_va=False,
        childcare_reasonable_from_months=36,
        content_slots=(
            _SLOT_LEISTUNGEN, _SLOT_EIGEN, _SLOT_SPRACHKURS, _SLOT_ANDERE_TRAEGER,
            _SLOT_TAETIGKEIT, _SLOT_REHA,
        ),
        client_explanation=(
            gettext_noop("Der Kooperationsplan ist Ihr gemeinsamer Plan mit dem Jobcenter. "
            "Er ist kein Vertrag. Sie unterschreiben ihn nicht."),
            gettext_noop("Im Plan stehen keine Strafen. Wegen des Plans allein wird Ihr Geld nicht gekürzt."),
            gettext_noop("Mitwirkungspflichten gelten trotzdem: Wenn das Jobcenter etwas verbindlich "
            "verlangt, bekommen Sie dazu einen eigenen Brief mit einer Belehrung."),
            gettext_noop("Zumutbar ist grundsätzlich jede Arbeit. Ausnahmen gibt es zum Beispiel bei "
            "Krankheit, bei Pflege von Angehörigen oder wenn Ihr Kind jünger als drei Jahre ist."),
            gettext_noop("Wenn Sie sich mit dem Jobcenter nicht einigen, können Sie eine Schlichtung "
            "verlangen. Eine neutrale Person hilft dann. Das dauert höchstens vier Wochen. "
            "In dieser Zeit gibt es keine Kürzungen."),
        ),
    ),
    Regime.GRUNDSICHERUNG: RegimeRules(
        regime=Regime.GRUNDSICHERUNG,
        name=gettext_noop("Neue Grundsicherung (ab 01.07.2026)"),
        plan_name="Kooperationsplan",
        valid_from=GRUNDSICHERUNG_START,
        valid_until=None,
        plan_is_legally_binding=False,
        has_schlichtung=False,
        has_verpflichtung_by_va=True,
        childcare_reasonable_from_months=14,
        content_slots=(
            _SLOT_TAETIGKEIT, _SLOT_EIGEN, _SLOT_LEISTUNGEN, _SLOT_SPRACHKURS,
            _SLOT_ANDERE_TRAEGER, _SLOT_REHA, _SLOT_ANGEBOT, _SLOT_BEHINDERUNG,
        ),
        client_explanation=(
            gettext_noop("Der Kooperationsplan ist Ihr gemeinsamer Plan mit dem Jobcenter. "
            "Er ist kein Vertrag. Sie unterschreiben ihn nicht."),
            gettext_noop("Im Plan stehen keine Strafen. Der Plan allein ist kein Grund für eine Kürzung."),
            gettext_noop("Seit dem 01.07.2026 kann das Jobcenter Pflichten mit einem eigenen Bescheid "
            "festlegen (Verpflichtung). Darin steht genau, was Sie tun sollen, wie oft und "
            "wie Sie es nachweisen. Gegen einen Bescheid können Sie Widerspruch einlegen."),
            gettext_noop("Zumutbar ist grundsätzlich jede Arbeit. Ausnahmen gibt es zum Beispiel bei "
            "Krankheit, bei Pflege von Angehörigen oder wenn Ihr Kind jünger als 14 Monate ist."),
            gettext_noop("Eine Schlichtung gibt es seit dem 01.07.2026 nicht mehr. Sprechen Sie Ihre "
            "Fachkraft an, wenn Sie mit dem Plan nicht einverstanden sind."),
        ),
    ),
}


def regime_on(day: date) -> Regime:
    """Return the regime in force for a plan dated on the given day."""
    if day >= GRUNDSICHERUNG_START:
        return Regime.GRUNDSICHERUNG
    if day >= BUERGERGELD_START:
        return Regime.BUERGERGELD
    return Regime.EGV


def rules_for(regime: Regime | str) -> RegimeRules:
    """Return the rules of a regime given as enum or key."""
    return RULES[Regime(regime)]


def rules_on(day: date) -> RegimeRules:
    """Return the rules of the regime in force on a day."""
    return RULES[regime_on(day)]
