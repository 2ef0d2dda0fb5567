"""Persistence of the workspace; behaviour lives in services, not here."""

from augenhoehe.web.workspace.models.audit import AuditEvent
from augenhoehe.web.workspace.models.case import Case, Client, ClosingReason, Contact, PotentialAnalysisRecord
from augenhoehe.web.workspace.models.obligations import Schlichtung, Summons
from augenhoehe.web.workspace.models.plan import (
    FindingDismissal,
    Plan,
    PlanStep,
    PlanVersion,
    Proposal,
)
from augenhoehe.web.workspace.models.workday import (
    Appointment,
    CaseNote,
    Evidence,
    Message,
    Offer,
    Side,
    StaffProfile,
)

__all__ = [
    "AuditEvent", "Case", "ClosingReason", "Contact", "FindingDismissal", "Client", "PotentialAnalysisRecord", "Plan",
    "PlanStep", "PlanVersion", "Proposal", "Schlichtung", "Summons",
    "Appointment", "CaseNote", "Evidence", "Message", "Offer", "Side", "StaffProfile",
]
