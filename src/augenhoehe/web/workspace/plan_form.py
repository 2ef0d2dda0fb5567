"""The form edge of a plan: the editor's fields become a CooperationPlan here and nowhere else.

Strict for saving (`plan_from_forms`: the forms were valid), lenient for the live check
(`lenient_plan`: the same forms, texts cut to their fields' lengths, whatever does not parse takes
its default). Both read the same fields, so the live check sees what saving would store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from django.http import QueryDict

from augenhoehe.domain.plan import Author, CooperationPlan, Section, Step, StepOwner, StepStatus
from augenhoehe.web.workspace.forms import MAX_STEPS, PlanForm, StepForm, StepFormSet
from augenhoehe.web.workspace.models import PlanVersion
from augenhoehe.web.workspace.services import stored

E = TypeVar("E", bound=StrEnum)


def _choice(enum: type[E], value: Any, default: E) -> E:
    try:
        return enum(value)
    except ValueError:
        return default


def _step(data: Mapping[str, Any]) -> Step:
    return Step(
        text=(data.get("text") or "").strip(),
        owner=_choice(StepOwner, data.get("owner"), StepOwner.CLIENT),
        section=_choice(Section, data.get("section"), Section.NAECHSTE_SCHRITTE),
        due_date=data.get("due_date"), frequency=data.get("frequency") or "",
        evidence=data.get("evidence") or "",
        author=_choice(Author, data.get("author"), Author.CASEWORKER),
        status=_choice(StepStatus, data.get("status") or "open", StepStatus.OPEN),
    )


def _plan(data: Mapping[str, Any], steps: Iterable[Mapping[str, Any]], slot_keys: Iterable[str]) -> CooperationPlan:
    return CooperationPlan(
        goal=data.get("goal") or "", interim_goal=data.get("interim_goal") or "",
        other_notes=data.get("other_notes") or "",
        plan_date=data.get("plan_date"), review_date=data.get("review_date"),
        content_slots={name.removeprefix("slot_"): data.get(name) or "" for name in slot_keys},
        goal_author=_choice(Author, data.get("goal_author"), Author.CASEWORKER),
        interim_goal_author=_choice(Author, data.get("interim_goal_author"), Author.CASEWORKER),
        steps=[_step(f) for f in steps if f and not f.get("DELETE") and (f.get("text") or "").strip()],
    )


def plan_from_forms(form: PlanForm, formset: Any) -> CooperationPlan:
    """The plan of valid editor forms (for saving)."""
    return _plan(form.cleaned_data, formset.cleaned_data, form.slot_keys)


def _cut(post: QueryDict, form: PlanForm) -> QueryDict:
    """A copy of the POST data with every text cut to its field's maximum length."""
    data = post.copy()
    for key in list(data.keys()):
        name = key.split("-", 2)[2] if key.startswith("steps-") and key.count("-") >= 2 else key
        field = form.fields.get(key) or StepForm.base_fields.get(name)
        limit = getattr(field, "max_length", None)
        if limit:
            data.setlist(key, [value[:limit] for value in data.getlist(key)])
    return data


def lenient_plan(post: QueryDict, slots: tuple = ()) -> CooperationPlan:
    """The plan of unsaved, possibly invalid editor data (for checking while typing)."""
    data = _cut(post, PlanForm(slots=slots))
    form = PlanForm(data, slots=slots)
    form.is_valid()
    formset = StepFormSet(data, prefix="steps")
    formset.is_valid()
    steps = [getattr(f, "cleaned_data", {}) for f in formset.forms[:MAX_STEPS]]
    return _plan(getattr(form, "cleaned_data", {}), steps, form.slot_keys)


def initial_from(version: PlanVersion) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Initial values of the editor's forms for a stored version."""
    plan = stored.to_domain(version)
    initial = {
        "revision": version.revision, "plan_date": plan.plan_date, "goal": plan.goal,
        "goal_author": plan.goal_author.value, "interim_goal_author": plan.interim_goal_author.value,
        "interim_goal": plan.interim_goal, "other_notes": plan.other_notes,
        "review_date": plan.review_date,
        **{f"slot_{k}": v for k, v in plan.content_slots.items()},
    }
    steps = [{"section": s.section.value, "owner": s.owner.value, "text": s.text, "due_date": s.due_date,
              "frequency": s.frequency, "evidence": s.evidence, "author": s.author.value,
              "status": s.status.value} for s in plan.steps]
    return initial, steps
