"""Summons and Schlichtung: separate from the plan, allowed only under their regime."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import NotAllowedUnderRegime, ValidationError
from augenhoehe.domain.regimes import Regime, regime_on, rules_for
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import Case, PlanStep, Schlichtung, Summons
from augenhoehe.web.workspace.services import audit, plans

SCHLICHTUNG_MAX = timedelta(weeks=4)
"""§ 15a Abs. 4 SGB II (Bürgergeld): ends four weeks after it began at the latest."""

DEFAULT_CONSEQUENCES = {
    Regime.BUERGERGELD: (
        "Rechtsfolgenbelehrung: Wenn Sie dieser Aufforderung ohne wichtigen Grund nicht "
        "nachkommen, kann Ihr Bürgergeld nach §§ 31, 31a SGB II gemindert werden "
        "(erste Pflichtverletzung 10 Prozent des Regelbedarfs für einen Monat)."
    ),
    Regime.GRUNDSICHERUNG: (
        "Rechtsfolgenbelehrung: Wenn Sie die in diesem Bescheid festgelegten Pflichten ohne "
        "wichtigen Grund nicht erfüllen, kann Ihr Grundsicherungsgeld nach §§ 31, 31a SGB II "
        "für drei Monate um 30 Prozent des Regelbedarfs gemindert werden."
    ),
    Regime.EGV: (
        "Rechtsfolgenbelehrung: Bei Verstößen ohne wichtigen Grund kann das Arbeitslosengeld II "
        "nach §§ 31, 31a SGB II gemindert werden."
    ),
}


@dataclass
class SummonsInput:
    """Fields of a Summons form."""

    kind: str
    step_id: int | None
    issued_on: date
    obligation: str
    frequency: str = ""
    proof_form: str = ""
    proof_deadline: date | None = None


def running_schlichtung(case: Case, today: date) -> Schlichtung | None:
    """The Schlichtung of this case that is still running today, if any."""
    return (case.schlichtungen.filter(closed_on__isnull=True, ends_on__gte=today)
            .order_by("-requested_on").first())


@transaction.atomic
def issue_summons(case: Case, user: User, data: SummonsInput) -> Summons:
    """Create an Aufforderung or § 15a Verpflichtung as its own document, tied to a plan step."""
    regime = regime_on(data.issued_on)
    rules = rules_for(regime)
    if data.kind == Summons.Kind.VERPFLICHTUNG and not rules.has_verpflichtung_by_va:
        raise NotAllowedUnderRegime(
            _("Eine Verpflichtung durch Verwaltungsakt gibt es erst ab dem 01.07.2026."))
    if data.kind not in Summons.Kind.values:
        raise ValidationError(_("Unbekannte Art des Schreibens."))
    if not data.obligation.strip():
        raise ValidationError(_("Bitte beschreiben Sie die geforderte Mitwirkung."))
    step = None
    if data.step_id is not None:
        step = next((s for s in current_steps(case, clients_only=False) if s.pk == data.step_id), None)
        if step is None:
            raise ValidationError(_("Der gewählte Schritt gehört nicht zum aktuell vereinbarten Plan dieses Falls."))
    elif case_has_plan_steps(case):
        raise ValidationError(_("Bitte wählen Sie den Schritt des Plans, auf den sich das "
                                "Schreiben bezieht."))
    if data.kind == Summons.Kind.VERPFLICHTUNG:
        missing = [label for label, value in (
            (_("Häufigkeit"), data.frequency), (_("Form des Nachweises"), data.proof_form),
            (_("Frist für den Nachweis"), data.proof_deadline)) if not value]
        if missing:
            raise ValidationError(_("Eine Verpflichtung muss angeben: %(missing)s (§ 15a Abs. 4 SGB II).")
                                  % {"missing": ", ".join(missing)})
    summons = Summons.objects.create(
        case=case, step=step, kind=data.kind, regime=regime.value, issued_on=data.issued_on,
        obligation=data.obligation.strip(), frequency=data.frequency.strip(),
        proof_form=data.proof_form.strip(), proof_deadline=data.proof_deadline,
        legal_consequences=DEFAULT_CONSEQUENCES[regime], created_by=user,
    )
    audit.record(user, "summons.create", case, summons, kind=data.kind)
    return summons


def case_has_plan_steps(case: Case) -> bool:
    """True when the case has a plan with at least one step."""
    return PlanStep.objects.filter(version__plan__case=case).exists()


@transaction.atomic
def request_schlichtung(case: Case, user: User, requested_by: str, reason: str,
                        today: date) -> Schlichtung:
    """Start a Schlichtung (Bürgergeld only); Minderungen are blocked while it runs."""
    if not rules_for(regime_on(today)).has_schlichtung:
        raise NotAllowedUnderRegime(
            _("Eine Schlichtung gibt es seit dem 01.07.2026 nicht mehr (Neue Grundsicherung)."))
    if not reason.strip():
        raise ValidationError(_("Bitte schreiben Sie kurz, worüber Sie sich nicht einig sind."))
    if running_schlichtung(case, today):
        raise ValidationError(_("Es läuft bereits eine Schlichtung."))
    item = Schlichtung.objects.create(case=case, requested_by=requested_by, requested_on=today,
                                      reason=reason.strip(), ends_on=today + SCHLICHTUNG_MAX)
    audit.record(user, "schlichtung.request", case, item, by=requested_by)
    return item


@transaction.atomic
def settle(case: Case, user: User, summons_public_id: UUID, day: date) -> Summons:
    """Mark a letter of the case as settled (erledigt); "Offene Schreiben" counts it no longer."""
    summons = case.summonses.filter(public_id=summons_public_id).first()
    if summons is None:
        raise ValidationError(_("Das Schreiben gehört nicht zu diesem Fall."))
    if summons.resolved_on is None:
        summons.resolved_on = day
        summons.save(update_fields=["resolved_on"])
        audit.record(user, "summons.settle", case, summons)
    return summons


def current_steps(case: Case, clients_only: bool = True) -> list[PlanStep]:
    """The (client's) steps of the version that applies now (the newest agreed one), for a letter."""
    current = plans.agreed_version(case)
    if current is None:
        return []
    steps = current.steps.select_related("version").order_by("position")
    return list(steps.filter(owner__in=["client", "both"]) if clients_only else steps)
