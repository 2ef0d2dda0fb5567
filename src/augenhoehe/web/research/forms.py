"""Forms of the research projects; labels through gettext_lazy."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD = 50 * 1024 * 1024


class ImportForm(forms.Form):
    """Upload a REFI-QDA project (.qdpx)."""

    name = forms.CharField(label=_("Projektname"), max_length=200, required=False,
                           help_text=_("leer: Name aus der Datei"))
    file = forms.FileField(label=_("REFI-QDA-Projekt (.qdpx)"))
    seed_guide = forms.BooleanField(label=_("Kategorienleitfaden ergänzen (fehlende Codes hinzufügen)"),
                                    required=False, initial=True)

    def clean_file(self):  # type: ignore[no-untyped-def]
        """Refuse files that are too large before anything is read."""
        f = self.cleaned_data["file"]
        if f.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Die Datei ist zu groß (höchstens 50 MB)."))
        return f


class SimulationForm(forms.Form):
    """Create a project from a small simulation run (pseudonymised plans with the checker's findings)."""

    name = forms.CharField(label=_("Projektname"), max_length=200)
    seed = forms.IntegerField(label=_("Startwert"), min_value=0, max_value=999_999, initial=7)
    clients = forms.IntegerField(label=_("Kundinnen und Kunden"), min_value=1, max_value=30, initial=10)


class CodingForm(forms.Form):
    """Code a selection: the script fills start and end (code points); they can be typed, too."""

    code = forms.TypedChoiceField(label=_("Code"), coerce=int)
    start = forms.IntegerField(label=_("Von Zeichen"), min_value=0)
    end = forms.IntegerField(label=_("Bis Zeichen (ausschließlich)"), min_value=1)

    def __init__(self, *args, codes=(), **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["code"].choices = list(codes)  # type: ignore[attr-defined]


class MemoForm(forms.Form):
    """A memo on a document or a code."""

    text = forms.CharField(label=_("Memo"), widget=forms.Textarea(attrs={"rows": 4}), max_length=20_000)
    document = forms.IntegerField(required=False, widget=forms.HiddenInput)
    code = forms.IntegerField(required=False, widget=forms.HiddenInput)


class SummaryForm(forms.Form):
    """The case summary (Fallzusammenfassung)."""

    text = forms.CharField(label=_("Fallzusammenfassung"), widget=forms.Textarea(attrs={"rows": 6}),
                           max_length=20_000)


class CodeForm(forms.Form):
    """A new (sub)category found in the material."""

    name = forms.CharField(label=_("Name des Codes"), max_length=300)
    parent = forms.TypedChoiceField(label=_("Oberkategorie"), coerce=int, required=False, empty_value=None)
    description = forms.CharField(label=_("Definition, Ankerbeispiel, Kodierregel"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}), max_length=20_000)

    def __init__(self, *args, codes=(), **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        choices = [("", _("– keine (Hauptkategorie) –")), *list(codes)]
        self.fields["parent"].choices = choices  # type: ignore[attr-defined]


class MemberForm(forms.Form):
    """Add another researcher to the project."""

    username = forms.CharField(label=_("Benutzername"), max_length=150)


class AgreementForm(forms.Form):
    """Which coders to compare, and the minimum overlap for segment agreement."""

    coders = forms.MultipleChoiceField(label=_("Codierende"), widget=forms.CheckboxSelectMultiple)
    min_overlap = forms.IntegerField(label=_("Mindestüberlappung in Prozent"), min_value=1, max_value=100,
                                     initial=90)

    def __init__(self, *args, coders=(), **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["coders"].choices = list(coders)  # type: ignore[attr-defined]
