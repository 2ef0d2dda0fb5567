"""The Kooperationsplan as plain data: goal, interim goal, steps, review date, authorship."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from augenhoehe.domain import clock
from augenhoehe.domain.i18n import gettext_noop
from augenhoehe.domain.regimes import Regime, regime_on


class Section(StrEnum):
    """The rubrics of the BA's one-page template, in their order."""

    BERUFSZIEL = "berufsziel"
    ZWISCHENZIEL = "zwischenziel"
    NAECHSTE_SCHRITTE = "naechste_schritte"
    UNTERSTUETZUNG_JOBCENTER = "unterstuetzung_jobcenter"
    UNTERSTUETZUNG_ANDERE = "unterstuetzung_andere"
    SONSTIGES = "sonstiges"


SECTION_LABELS: dict[Section, str] = {
    Section.BERUFSZIEL: gettext_noop("Berufsziel"),
    Section.ZWISCHENZIEL: gettext_noop("Kurzfristiges Zwischenziel"),
    Section.NAECHSTE_SCHRITTE: gettext_noop("Nächste Schritte"),
    Section.UNTERSTUETZUNG_JOBCENTER: gettext_noop("Unterstützung durch das Jobcenter"),
    Section.UNTERSTUETZUNG_ANDERE: gettext_noop("Unterstützung durch andere Stellen"),
    Section.SONSTIGES: gettext_noop("Was sonst noch wichtig ist"),
}

STEP_SECTIONS = (
    Section.NAECHSTE_SCHRITTE,
    Section.UNTERSTUETZUNG_JOBCENTER,
    Section.UNTERSTUETZUNG_ANDERE,
)


class StepOwner(StrEnum):
    """Who carries out a step."""

    CLIENT = "client"
    JOBCENTER = "jobcenter"
    BOTH = "both"
    OTHER_AGENCY = "other_agency"


OWNER_LABELS: dict[StepOwner, str] = {
    StepOwner.CLIENT: gettext_noop("Sie"),
    StepOwner.JOBCENTER: gettext_noop("Jobcenter"),
    StepOwner.BOTH: gettext_noop("Gemeinsam"),
    StepOwner.OTHER_AGENCY: gettext_noop("Andere Stelle"),
}


class StepStatus(StrEnum):
    """Where a step stands; the last three are outcomes recorded at a review."""

    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.OPEN: gettext_noop("offen"),
    StepStatus.DONE: gettext_noop("erledigt"),
    StepStatus.PARTLY: gettext_noop("teilweise erledigt"),
    StepStatus.NOT_DONE: gettext_noop("nicht erledigt"),
    StepStatus.DROPPED: gettext_noop("entfallen"),
}


class Author(StrEnum):
    """Who wrote an element of the plan."""

    CASEWORKER = "caseworker"
    CLIENT = "client"


AUTHOR_LABELS: dict[Author, str] = {
    Author.CASEWORKER: gettext_noop("Fachkraft"),
    Author.CLIENT: gettext_noop("Kundin/Kunde"),
}


@dataclass
class Step:
    """One agreed step: who does what, by when or how often."""

    text: str
    owner: StepOwner = StepOwner.CLIENT
    section: Section = Section.NAECHSTE_SCHRITTE
    due_date: date | None = None
    frequency: str = ""
    status: StepStatus = StepStatus.OPEN
    evidence: str = ""
    author: Author = Author.CASEWORKER


@dataclass
class CooperationPlan:
    """One version of a Kooperationsplan (or, before 1.7.2023, an Eingliederungsvereinbarung)."""

    goal: str
    interim_goal: str = ""
    steps: list[Step] = field(default_factory=list)
    other_notes: str = ""
    plan_date: date | None = None
    review_date: date | None = None
    content_slots: dict[str, str] = field(default_factory=dict)
    goal_author: Author = Author.CASEWORKER
    interim_goal_author: Author = Author.CASEWORKER
    client_wishes: str = ""

    @property
    def regime(self) -> Regime:
        """The regime of the plan's date (today's regime when the plan has no date)."""
        return regime_on(self.plan_date or clock.today())

    def steps_in(self, section: Section) -> list[Step]:
        """Return the steps of one rubric in their order."""
        return [s for s in self.steps if s.section == section]


class ObstacleField(StrEnum):
    """The usual fields of circumstances that make integration harder."""

    HEALTH = "health"
    CARE = "care"
    LANGUAGE = "language"
    QUALIFICATION = "qualification"
    MOBILITY = "mobility"
    HOUSING = "housing"
    DEBTS = "debts"


OBSTACLE_LABELS: dict[ObstacleField, str] = {
    ObstacleField.HEALTH: gettext_noop("Gesundheit"),
    ObstacleField.CARE: gettext_noop("Kinderbetreuung und Pflege"),
    ObstacleField.LANGUAGE: gettext_noop("Sprache"),
    ObstacleField.QUALIFICATION: gettext_noop("Qualifikation und Anerkennung"),
    ObstacleField.MOBILITY: gettext_noop("Mobilität"),
    ObstacleField.HOUSING: gettext_noop("Wohnen"),
    ObstacleField.DEBTS: gettext_noop("Schulden"),
}


@dataclass
class PotentialAnalysis:
    """The Potenzialanalyse (§ 15 Abs. 1): strengths, obstacles by field, the person's wishes."""

    strengths: str = ""
    obstacles: dict[ObstacleField, str] = field(default_factory=dict)
    wishes: str = ""
    conducted_on: date | None = None
