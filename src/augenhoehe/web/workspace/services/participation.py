"""What the client does in the portal: propose, comment, mark own steps done; and the answers."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.plan import StepOwner, StepStatus
from augenhoehe.domain.text import clean_text
from augenhoehe.domain.voice import to_plan_voice
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import PlanStep, PlanVersion, Proposal, Side
from augenhoehe.web.workspace.services import audit, conversation, plans

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


def markable_refusal(step: PlanStep) -> str:
    """Why the client may not mark this step ("" when they may).

    Only the client's own one-off steps of the current agreed version that was not reviewed yet:
    a draft is not agreed, a reviewed version's outcome is a record that never changes afterwards,
    and a standing step ("zweimal im Monat") is never done once and for all.
    """
    current = plans.agreed_version(step.version.plan.case)
    if current is None or step.version_id != current.pk or current.reviewed_on is not None:
        return _("Diesen Schritt können Sie nicht mehr ändern: Er gehört nicht zum aktuell vereinbarten Plan.")
    if step.owner != StepOwner.CLIENT:
        return _("Nur Ihre eigenen Schritte können Sie als erledigt markieren.")
    if step.frequency.strip():
        return _("Dieser Schritt gilt dauerhaft und wird nicht als erledigt markiert.")
    return ""


@transaction.atomic
def mark_own_step_done(step: PlanStep, user: User, done: bool = True) -> None:
    """The client marks one of their own steps as done, or undoes it."""
    refusal = markable_refusal(step)
    if refusal:
        raise ValidationError(refusal)
    step.status = StepStatus.DONE.value if done else StepStatus.OPEN.value
    step.save(update_fields=["status"])
    audit.record(user, "step.done_by_client" if done else "step.undone_by_client", step.version.plan.case, step)


@transaction.atomic
def answer_proposal(proposal: Proposal, user: User, accept: bool, draft: PlanVersion | None,
                    step_text: str = "", reply: str = "", day: date | None = None) -> PlanVersion | None:
    """Caseworker accepts or declines a proposal, optionally with a reply in the case's thread.

    An accepted new step goes into the draft in the plan's voice (or as the caseworker worded it);
    without a draft, the agreed plan is continued (Fortschreibung) first, no review needed.
    Returns the version the step went into, if any.
    """
    if proposal.state != Proposal.State.OPEN:
        raise ValidationError(_("Dieser Vorschlag wurde schon beantwortet."))
    target = None
    if accept and proposal.kind == Proposal.Kind.NEW_STEP:
        target = draft if draft is not None and draft.concluded_on is None else None
        if target is None:
            if draft is None or day is None:
                raise ValidationError(_("Es gibt noch keinen Plan, in den der Vorschlag übernommen werden kann."))
            target = plans.continue_plan(draft, user, day)
        text = clean_text(step_text, 1000).strip() or to_plan_voice(proposal.text)
        position = (target.steps.aggregate(m=Max("position"))["m"] or 0) + 1
        PlanStep.objects.create(version=target, position=position, section="naechste_schritte",
                                owner="client", text=text, author="client")
        PlanVersion.objects.filter(pk=target.pk).update(revision=target.revision + 1)
    proposal.state = Proposal.State.ACCEPTED if accept else Proposal.State.DECLINED
    proposal.save(update_fields=["state"])
    audit.record(user, "proposal.answer", proposal.version.plan.case, proposal, accepted=accept)
    if reply.strip():
        conversation.send(proposal.version.plan.case, user, Side.STAFF, reply)
    return target
