"""“Plan aus Text übernehmen”: a plan written elsewhere (a legacy plan, a Word document) becomes a draft.

The plan reader finds goal, steps with owner and time, and the review date; the caseworker sees the
reading first and takes it over only on confirmation. A case that already has a plan version keeps it:
the import never overwrites a draft or an agreed plan.
"""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from augenhoehe.check.reader import read_text
from augenhoehe.check.reader.to_plan import reading_to_plan
from augenhoehe.domain import lifecycle
from augenhoehe.domain.clock import today
from augenhoehe.domain.plan import OWNER_LABELS, CooperationPlan
from augenhoehe.web.workspace.services import access, plans
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires, to_case

MAX_CHARS = 20_000


def _as_new_plan(text: str) -> CooperationPlan:
    """The reading as a draft dated today; dates already past are dropped, not carried into the new plan."""
    day = today()
    plan = reading_to_plan(read_text(text, "<import>", day))
    steps = [replace(s, due_date=s.due_date if s.due_date and s.due_date >= day else None) for s in plan.steps]
    review = plan.review_date if plan.review_date and plan.review_date > day else lifecycle.default_review_date(day)
    return replace(plan, steps=steps, plan_date=day, review_date=review)


@requires(Capability.WORK_ON_CASES)
def import_plan_text(request: AuthedRequest, case_public_id: UUID) -> HttpResponse:
    """Paste a plan text, see what the reader found, take it over as the case's first draft."""
    case = access.case_for_staff(request.user, case_public_id)
    if plans.latest_version(case) is not None:
        messages.info(request, _("Dieser Fall hat schon einen Plan. Ein Text wird nur für den ersten "
                                 "Entwurf übernommen; ändern Sie den bestehenden Plan im Editor."))
        return to_case(case)
    text = (request.POST.get("text") or "").replace("\x00", "").replace("\r\n", "\n")
    preview = None
    error = ""
    if request.method == "POST":
        if not text.strip():
            error = _("Bitte fügen Sie den Text des Plans ein.")
        elif len(text) > MAX_CHARS:
            error = _("Der Text ist zu lang (höchstens 20.000 Zeichen). Bitte kürzen Sie ihn.")
        else:
            preview = _as_new_plan(text)
            if "confirm" in request.POST:
                with flash_errors(request):
                    version = plans.start_draft(case, request.user, today())
                    plans.save_draft(version, preview, version.revision, request.user)
                    messages.success(request, _("Der Text ist als Entwurf übernommen. Bitte prüfen Sie "
                                                "jeden Schritt gemeinsam mit der Person."))
                    return redirect("edit_plan", case_public_id=case.public_id)
    rows = [{"owner": OWNER_LABELS[s.owner], "text": s.text, "due": s.due_date, "frequency": s.frequency}
            for s in (preview.steps if preview else [])]
    return render(request, "workspace/text_import.html", {
        "case": case, "text": text, "preview": preview, "rows": rows, "error": error, "max_chars": MAX_CHARS,
    })
