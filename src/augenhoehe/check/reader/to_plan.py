"""A reading as a CooperationPlan draft: how a legacy plan in text enters the workspace.

The reading decides owner, due date and frequency of every step; the section follows the owner
(the person's steps, the Jobcenter's support, other agencies' support). Nothing is invented: what the
reader did not find stays empty for the caseworker to fill in, and the text it came from is kept in
`other_notes` when the reader found no steps at all.
"""

from __future__ import annotations

from augenhoehe.check.reader.model import Reading
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner

_SECTION = {
    "client": Section.NAECHSTE_SCHRITTE,
    "both": Section.NAECHSTE_SCHRITTE,
    "jobcenter": Section.UNTERSTUETZUNG_JOBCENTER,
    "other_agency": Section.UNTERSTUETZUNG_ANDERE,
}
MAX_FIELD = 1000
"""The editor's limit for one text field."""


def _clean(text: str) -> str:
    return " ".join(text.replace("**", "").split()).strip(" -•*–")[:MAX_FIELD]


def reading_to_plan(reading: Reading) -> CooperationPlan:
    """A draft plan from a reading (goal, interim goal, steps with owner and time, dates)."""
    steps = [Step(_clean(s.text), owner=StepOwner(s.owner), section=_SECTION[s.owner], due_date=s.due,
                  frequency=(s.frequency or "")[:200])
             for s in reading.steps if _clean(s.text)]
    return CooperationPlan(
        goal=_clean(reading.goal.text) if reading.goal else "",
        interim_goal=_clean(reading.interim_goal.text) if reading.interim_goal else "",
        steps=steps,
        plan_date=reading.plan_date,
        review_date=reading.review_date,
        other_notes="" if steps else reading.text.strip()[:MAX_FIELD],
    )
