"""What the client does in the portal: propose, comment, mark own steps done; and the answers."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import PlanStep, PlanVersion, Proposal
from augenhoehe.web.workspace.services import audit

PROPOSAL_LIMIT = 1000


@transaction.atomic
def propose(version: PlanVersion, user: User, kind: str, text: str,
            step: PlanStep | None = None) -> Proposal:
    """Store a client's proposal or comment on the plan."""
    text = text.strip()
    if not text:
        raise ValidationError(_("Bitte schreiben Sie Ihren Vorschlag in das Feld."))
    if len(text) > PROPOSAL_LIMIT:
        raise ValidationError(_("Bitte fassen Sie sich kürzer (höchstens %(limit)d Zeichen).")
                              % {"limit": PROPOSAL_LIMIT})
    if kind not in Proposal.Kind.values:
        raise ValidationError(_("Unbekannte Art von Vorschlag."))
    if step is not None and step.version_id != version.pk:
        raise ValidationError(_("Dieser Schritt gehört nicht zu Ihrem Plan."))
    proposal = Proposal.objects.create(version=version, step=step, kind=kind, text=text,
                                       author=user)
    audit.record(user, "proposal.create", version.plan.case, proposal, kind=kind)
    return proposal


@transaction.atomic
def mark_own_step_done(step: PlanStep, user: User) -> None:
    """The client marks one of their own steps as done."""
    if step.owner not in ("client", "both"):
        raise ValidationError(_("Nur Ihre eigenen Schritte können Sie als erledigt markieren."))
    step.status = "done"
    step.save(update_fields=["status"])
    audit.record(user, "step.done_by_client", step.version.plan.case, step)


@transaction.atomic
def answer_proposal(proposal: Proposal, user: User, accept: bool,
                    draft: PlanVersion | None) -> None:
    """Caseworker accepts (adds the step to the draft, authored by the client) or declines."""
    if proposal.state != Proposal.State.OPEN:
        raise ValidationError(_("Dieser Vorschlag wurde schon beantwortet."))
    if accept and proposal.kind == Proposal.Kind.NEW_STEP:
        if draft is None or draft.concluded_on is not None:
            raise ValidationError(_("Beginnen Sie zuerst eine Fortschreibung, um den Vorschlag "
                                    "in den Plan zu übernehmen."))
        position = (draft.steps.aggregate(m=Max("position"))["m"] or 0) + 1
        PlanStep.objects.create(version=draft, position=position, section="naechste_schritte",
                                owner="client", text=proposal.text, author="client")
        PlanVersion.objects.filter(pk=draft.pk).update(revision=draft.revision + 1)
    proposal.state = Proposal.State.ACCEPTED if accept else Proposal.State.DECLINED
    proposal.save(update_fields=["state"])
    audit.record(user, "proposal.answer", proposal.version.plan.case, proposal, accepted=accept)
