"""German labels of the audit log's action codes (for the admin, the CSV export and the log's __str__)."""

from __future__ import annotations

ACTION_LABELS = {
    "case.read": "Fall gelesen",
    "case.assess_cooperation": "Zusammenarbeit eingeschätzt",
    "contact.create": "Kontakt erfasst",
    "finding.dismiss": "Hinweis verworfen",
    "plan.create": "Planentwurf angelegt",
    "plan.update": "Planentwurf geändert",
    "plan.agree": "Plan vereinbart",
    "plan.confirm": "Plan bestätigt",
    "plan.defer": "Plan aufgeschoben",
    "plan.review": "Plan überprüft",
    "plan.continue": "Plan fortgeschrieben",
    "plan.read_version": "Planversion gelesen",
    "plan.pdf": "Plan als PDF",
    "proposal.create": "Vorschlag eingereicht",
    "proposal.answer": "Vorschlag beantwortet",
    "step.done_by_client": "Schritt als erledigt gemeldet",
    "summons.create": "Schreiben erstellt",
    "summons.pdf": "Schreiben als PDF",
    "schlichtung.request": "Schlichtung beantragt",
    "potential_analysis.create": "Potenzialanalyse erfasst",
    "figures.read": "Kennzahlen gelesen",
    "figures.refresh": "Kennzahlen neu berechnet",
    "figures.export": "Kennzahlen exportiert",
    "login.success": "Anmeldung",
    "login.failed": "Anmeldung fehlgeschlagen",
    "login.locked": "Anmeldung gesperrt",
    "login.unlocked": "Sperre aufgehoben",
    "logout": "Abmeldung",
    "access.denied": "Zugriff verweigert",
    "admin.read": "In der Verwaltung angesehen",
    "admin.change": "In der Verwaltung geändert",
    "audit.export": "Protokoll exportiert",
    "audit.purge": "Protokoll nach Aufbewahrungsfrist gelöscht",
    "retention.delete": "Nach Löschfrist gelöscht",
    "subject_access.export": "Auskunft nach Art. 15 DSGVO erstellt",
    "case.create": "Fall angelegt",
    "case.close": "Fall beendet",
    "case.reopen": "Fall wieder geöffnet",
    "appointment.create": "Termin angelegt",
    "appointment.reschedule": "Termin geändert",
    "appointment.cancel": "Termin abgesagt",
    "message.send": "Nachricht gesendet",
    "note.create": "Vermerk angelegt",
    "note.update": "Vermerk geändert",
    "note.delete": "Vermerk gelöscht",
    "evidence.upload": "Nachweis hochgeladen",
    "evidence.read": "Nachweis geöffnet",
    "portal_login.create": "Portalzugang angelegt",
    "portal_login.reset": "Portalzugang: neues Anfangspasswort",
    "summons.settle": "Schreiben als erledigt markiert",
    "step.undone_by_client": "Erledigt-Meldung zurückgenommen",
    "plan.agree_override": "Plan trotz Fehlermeldung vereinbart (mit Begründung)",
}



def action_label(action: str) -> str:
    """German label of an action code (the code itself when unknown)."""
    return ACTION_LABELS.get(action, action)
