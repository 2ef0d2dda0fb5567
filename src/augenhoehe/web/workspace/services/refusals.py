"""The words for the domain's refusals (augenhoehe.domain.lifecycle.Refusal), in German and translated."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from augenhoehe.domain.lifecycle import Refusal

REFUSALS: dict[Refusal, Promise] = {
    Refusal.NO_GOAL: _("Bitte tragen Sie ein Berufsziel ein."),
    Refusal.REVIEW_BEFORE_PLAN: _("Die Überprüfung kann nicht vor dem Datum des Plans liegen."),
    Refusal.PLAN_EXISTS: _("Für diesen Fall gibt es schon einen Plan."),
    Refusal.AGREED_IS_FINAL: _("Diese Version ist vereinbart und kann nicht mehr geändert werden. "
                               "Beginnen Sie eine Fortschreibung."),
    Refusal.ALREADY_AGREED: _("Dieser Plan ist bereits vereinbart."),
    Refusal.INCOMPLETE: _("Ein Plan braucht ein Berufsziel und mindestens einen Schritt."),
    Refusal.NOT_AGREED_YET: _("Der Plan ist noch ein Entwurf und kann noch nicht bestätigt werden."),
    Refusal.CONFIRM_AFTER_REVIEW: _("Dieser Plan wurde schon gemeinsam überprüft; bestätigen Sie bitte die "
                                    "neue Version."),
    Refusal.NO_DEFERRAL_REASON: _("Bitte geben Sie einen Grund für den Aufschub an."),
    Refusal.REVIEW_NEEDS_AGREEMENT: _("Nur ein vereinbarter Plan kann überprüft werden."),
    Refusal.ALREADY_REVIEWED: _("Diese Version wurde bereits überprüft."),
    Refusal.NEWER_VERSION_EXISTS: _("Es gibt schon eine neuere Version."),
    Refusal.NO_REVIEW_DATE: _("Bitte legen Sie einen Termin für die gemeinsame Überprüfung fest."),
    Refusal.REVIEW_TOO_LATE: _("Die Überprüfung liegt mehr als sechs Monate nach dem Plan "
                               "(§ 15 Abs. 3 SGB II: spätestens nach sechs Monaten)."),
    Refusal.OPEN_ERRORS: _("Der Plan kann so nicht vereinbart werden: Die Prüfung meldet einen Fehler. "
                           "Ändern Sie die Stelle oder begründen Sie, warum der Hinweis nicht zutrifft."),
}
"""One message per refusal; a test checks that every refusal has one."""
