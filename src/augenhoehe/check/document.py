"""The checked document: text, blocks, units with owners, dates and the structured plan if any."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from augenhoehe.check import grammar
from augenhoehe.check.nlp import Sentence, sentences_of
from augenhoehe.check.reader import Reading, read_text
from augenhoehe.check.reader.model import ReadStep
from augenhoehe.check.reader.timing import checkable_frequency, first_date, has_time
from augenhoehe.check.structure import STEP_KINDS, Block, Unit, blocks_of, units_of
from augenhoehe.domain import clock
from augenhoehe.domain.plan import CooperationPlan, Step, StepOwner
from augenhoehe.domain.regimes import Regime, regime_on

_OWNER = {
    StepOwner.CLIENT: "client",
    StepOwner.JOBCENTER: "jobcenter",
    StepOwner.BOTH: "both",
    StepOwner.OTHER_AGENCY: "other_agency",
}
_REVIEW_WORDS = re.compile(
    r"überprüf|besprechen\s+(wir\s+)?(den|unseren|Ihren|meinen)\s+Plan|Bilanz|Fortschreibung|"
    r"nächste[ns]?\s+(gemeinsame[ns]?\s+)?(Gespräch|Termin)|schauen\s+wir|über\s+den\s+Plan|"
    r"\b(sprechen|treffen|sehen)\s+(wir\s+)?(uns\s+)?(am|im|in)\b.*\bwieder\b",
    re.I,
)
GOAL_SENTENCE = re.compile(
    r"\b(Ziel|Berufsziel)\b|\b(möchte|möchten|will|wollen|würde\s+gern|wünsche|wünschen)\b.{0,80}"
    r"\b(arbeiten|werden|Ausbildung|Stelle|Arbeit|Umschulung|Studium)\b",
    re.I,
)
_NOT_A_STEP = re.compile(r"„|\bsag(t|en|te)\b|:\s*$")


_EGV_WORDS = re.compile(r"Eingliederungsvereinbarung|Arbeitslosengeld\s+II|\bALG\s?II\b|Rechtsfolgenbelehrung", re.I)
_GRUNDSICHERUNG_WORDS = re.compile(r"Grundsicherungsgeld|Neue[n]?\s+Grundsicherung|§\s*15a\b", re.I)
_BUERGERGELD_WORDS = re.compile(r"Bürgergeld|Kooperationsplan", re.I)


def regime_from_words(text: str) -> Regime | None:
    """The regime an undated text names itself (Eingliederungsvereinbarung → EGV era), or None."""
    if _EGV_WORDS.search(text) and not _BUERGERGELD_WORDS.search(text):
        return Regime.EGV
    if _GRUNDSICHERUNG_WORDS.search(text):
        return Regime.GRUNDSICHERUNG
    if _BUERGERGELD_WORDS.search(text):
        return Regime.BUERGERGELD
    return None


@dataclass(frozen=True)
class Item:
    """A unit with the owner of the step (client, jobcenter, both, other_agency) if any."""

    unit: Unit
    owner: str | None
    step: Step | None = None
    read: ReadStep | None = None
    """The reader's step (text plans): its due date may come from a heading ("Bis Ende Januar")."""

    @property
    def text(self) -> str:
        """The unit's text."""
        return self.unit.text

    @property
    def timed(self) -> bool:
        """True when the step names a date, deadline or frequency."""
        if self.step is not None and (self.step.due_date or self.step.frequency.strip()):
            return True
        if self.read is not None and (self.read.due is not None or checkable_frequency(self.read.frequency)):
            return True
        return has_time(self.unit.text)


@dataclass
class Document:
    """A plan ready for the rules."""

    text: str
    source: str = "<text>"
    plan: CooperationPlan | None = None
    regime_override: Regime | None = None
    today: date = field(default_factory=clock.today)

    @cached_property
    def blocks(self) -> list[Block]:
        """Blocks under recognised headings."""
        return blocks_of(self.text)

    @cached_property
    def has_headings(self) -> bool:
        """True when at least one heading was recognised."""
        return any(b.kind != "unknown" for b in self.blocks)

    @cached_property
    def items(self) -> list[Item]:
        """Every unit of the text with its owner."""
        items: list[Item] = []
        for block in self.blocks:
            units = units_of(self.text, block)
            steps = self._structured_steps(block, len(units))
            for i, unit in enumerate(units):
                step = steps[i] if steps else None
                items.append(Item(unit, self._owner(unit, step), step))
        return items

    def _structured_steps(self, block: Block, count: int) -> list[Step] | None:
        if self.plan is None or block.kind not in STEP_KINDS:
            return None
        section = {"client": "naechste_schritte", "jobcenter": "unterstuetzung_jobcenter",
                   "other_agency": "unterstuetzung_andere"}[block.kind]
        steps = [s for s in self.plan.steps if s.section.value == section]
        return steps if len(steps) == count else None

    def _owner(self, unit: Unit, step: Step | None) -> str | None:
        if step is not None:
            return _OWNER[step.owner]
        if unit.kind in STEP_KINDS:
            return unit.kind
        if unit.kind in ("unknown", "notes", "header") and len(unit.text.split()) >= 4:
            if GOAL_SENTENCE.search(unit.text) or _NOT_A_STEP.search(unit.text):
                return None
            if _REVIEW_WORDS.search(unit.text):
                return None
            sents = sentences_of(self.text, unit.start, unit.end)
            if not sents or (not has_time(unit.text) and grammar.perfect_tense(sents[0])):
                return None
            return grammar.actor(sents[0])
        return None

    @cached_property
    def reading(self) -> Reading | None:
        """The plan reader's reading of a text plan (None for structured plans, which need no reading)."""
        if self.plan is not None:
            return None
        return read_text(self.text, self.source, self.today)

    @cached_property
    def steps(self) -> list[Item]:
        """Agreed steps (of the client, the Jobcenter or others): from the reader for text plans."""
        if self.reading is not None:
            out = []
            for s in self.reading.steps:
                kind = "client" if s.owner == "both" else s.owner
                out.append(Item(Unit(kind, s.start, s.end, s.text, s.block == "steps"), s.owner, read=s))
            return out
        return [i for i in self.items if i.owner is not None and i.unit.kind != "legal"]

    def steps_of(self, owner: str) -> list[Item]:
        """Steps of one owner ('both' counts for client and Jobcenter)."""
        return [i for i in self.steps if i.owner == owner or i.owner == "both"]

    def items_in(self, *kinds: str) -> list[Item]:
        """Items in blocks of the given kinds."""
        return [i for i in self.items if i.unit.kind in kinds]

    def block_text(self, *kinds: str) -> str:
        """The text of all blocks of the given kinds (headings excluded)."""
        return "\n".join(self.text[b.start : b.end] for b in self.blocks if b.kind in kinds)

    @cached_property
    def goal_text(self) -> str:
        """The goal as written (structured goal, goal block or a sentence naming the goal)."""
        if self.plan is not None:
            return self.plan.goal
        if self.reading is not None and self.reading.goal is not None:
            return self.reading.goal.text
        text = self.block_text("goal")
        if text.strip():
            return text.strip()
        for item in self.items:
            if item.unit.kind in ("unknown", "header", "situation") and GOAL_SENTENCE.search(item.text):
                return item.text
        return ""

    @cached_property
    def sentences(self) -> list[Sentence]:
        """All sentences of the text outside headings."""
        return [s for b in self.blocks for s in sentences_of(self.text, b.start, b.end)]

    @cached_property
    def plan_date(self) -> date | None:
        """The plan's date: structured field, or a date in the first lines."""
        if self.plan is not None:
            return self.plan.plan_date
        if self.reading is not None and self.reading.plan_date is not None:
            return self.reading.plan_date
        return first_date("\n".join(self.text.split("\n")[:4]), self.today)

    @cached_property
    def regime(self) -> Regime:
        """Regime from --regime, else from the plan's date, else today's."""
        if self.regime_override:
            return self.regime_override
        if self.plan_date is None:
            by_words = regime_from_words(self.text)
            if by_words is not None:
                return by_words
        return regime_on(self.plan_date or self.today)

    @cached_property
    def review_items(self) -> list[Item]:
        """Items that talk about reviewing the plan."""
        found = self.items_in("review")
        found += [i for i in self.items if i.unit.kind != "review" and _REVIEW_WORDS.search(i.text)]
        return found

    @cached_property
    def review_date(self) -> date | None:
        """The agreed review date: structured field or a date in a review statement."""
        if self.plan is not None and self.plan.review_date:
            return self.plan.review_date
        if self.reading is not None:
            return self.reading.review_date
        base = self.plan_date or self.today
        for item in self.review_items:
            found = first_date(item.text, base)
            if found is not None:
                return found
        return None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets where lines begin."""
        starts = [0]
        starts += [m.end() for m in re.finditer("\n", self.text)]
        return starts
