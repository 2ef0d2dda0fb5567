"""Forms of the working day: invitations and their changes, new and ended cases, the caseworker's contact details."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from augenhoehe.web.workspace.forms import DATE_WIDGET
from augenhoehe.web.workspace.models import Appointment, ClosingReason, StaffProfile


class InvitationForm(forms.Form):
    """Invite the client: date, time, duration, how and where."""

    day = forms.DateField(label=_("Datum"), widget=DATE_WIDGET)
    time = forms.TimeField(label=_("Uhrzeit"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    minutes = forms.IntegerField(label=_("Dauer in Minuten"), min_value=5, max_value=480, initial=30)
    channel = forms.ChoiceField(label=_("Art"), choices=Appointment.Channel.choices)
    place = forms.CharField(label=_("Ort, Telefonnummer oder Video-Link"), max_length=300)
    purpose = forms.CharField(label=_("Worum es geht"), max_length=300, required=False)


class CancelForm(forms.Form):
    """Cancel an appointment, optionally saying why (the client reads it)."""

    reason = forms.CharField(label=_("Grund für die Person (optional)"), max_length=300, required=False)


class CloseCaseForm(forms.Form):
    """End a case: a reason category and the day (used with prefix "close": the case page has other reasons)."""

    reason = forms.ChoiceField(label=_("Grund der Beendigung"), choices=[("", "—"), *ClosingReason.choices])
    closed_on = forms.DateField(label=_("Beendet am"), widget=DATE_WIDGET)


class NewCaseForm(forms.Form):
    """A new case for the caseworker's own team, without the admin."""

    first_name = forms.CharField(label=_("Vorname"), max_length=100)
    last_name = forms.CharField(label=_("Nachname"), max_length=100)
    birth_year = forms.IntegerField(label=_("Geburtsjahr"), required=False, min_value=1900, max_value=2100)
    reference = forms.CharField(label=_("Aktenzeichen"), max_length=40)
    opened_on = forms.DateField(label=_("Eröffnet am"), widget=DATE_WIDGET)


class StaffProfileForm(forms.ModelForm):
    """Phone and room, printed on the plan and the letters."""

    class Meta:
        model = StaffProfile
        fields = ["phone", "room"]
        labels = {"phone": _("Telefon"), "room": _("Zimmer")}
