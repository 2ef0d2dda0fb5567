"""Forms of the workspace and the portal; every error message is German and shown at the field."""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms import formset_factory
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from augenhoehe.domain.plan import OBSTACLE_LABELS, SECTION_LABELS, STEP_SECTIONS
from augenhoehe.web.guards.dates import PlausibleDateField
from augenhoehe.web.workspace.models.case import TEXT_LIMIT
from augenhoehe.web.workspace.models.plan import AUTHOR_CHOICES, OWNER_CHOICES, STATUS_CHOICES

MAX_STEPS = 30
STEP_SECTION_CHOICES = [(s.value, _(SECTION_LABELS[s])) for s in STEP_SECTIONS]
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _text(label: Any, limit: int = TEXT_LIMIT, required: bool = False, rows: int = 3,
          help_text: Any = "") -> forms.CharField:
    return forms.CharField(
        label=label, required=required, max_length=limit, help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": limit}),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen (jetzt %(show_value)d).")},
    )


class PlanForm(forms.Form):
    """Goal, interim goal, notes and dates of a plan version."""

    revision = forms.IntegerField(widget=forms.HiddenInput)
    plan_date = PlausibleDateField(label=_("Datum des Plans"), widget=DATE_WIDGET)
    goal = _text(_("Berufsziel"), required=True, rows=2,
                 help_text=_("Welche Arbeit oder Ausbildung ist das Ziel? In den Worten der Person."))
    goal_author = forms.ChoiceField(label=_("Berufsziel formuliert von"), choices=AUTHOR_CHOICES)
    interim_goal = _text(_("Kurzfristiges Zwischenziel"), rows=2)
    interim_goal_author = forms.ChoiceField(label=_("Zwischenziel formuliert von"), choices=AUTHOR_CHOICES)
    other_notes = _text(_("Was sonst noch wichtig ist"), rows=3)
    review_date = PlausibleDateField(label=_("Gemeinsame Überprüfung am"), required=False,
                                  widget=DATE_WIDGET,
                                  help_text=_("Spätestens sechs Monate nach dem Plan."))

    def __init__(self, *args: object, slots: tuple = (), **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.slot_keys = []
        for slot in slots:
            name = f"slot_{slot.key}"
            self.fields[name] = _text(_(slot.label), limit=1000, rows=2,
                                      help_text=format_lazy("{}. {}", slot.legal_ref, _(slot.hint)))
            self.slot_keys.append(name)

    def slot_fields(self) -> list:
        """Bound fields of the § 15 Abs. 2 slots."""
        return [self[name] for name in self.slot_keys]


class StepForm(forms.Form):
    """One step row in the editor."""

    section = forms.ChoiceField(label=_("Rubrik"), choices=STEP_SECTION_CHOICES)
    owner = forms.ChoiceField(label=_("Wer"), choices=OWNER_CHOICES)
    text = forms.CharField(label=_("Was genau"), max_length=1000, required=False,
                           widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
                           error_messages={"max_length": _("Bitte höchstens 1000 Zeichen.")})
    due_date = PlausibleDateField(label=_("Bis wann"), required=False, widget=DATE_WIDGET)
    frequency = forms.CharField(label=_("Wie oft"), max_length=100, required=False,
                                widget=forms.TextInput(attrs={"placeholder": _("z. B. zweimal im Monat")}))
    evidence = forms.CharField(label=_("Nachweis (optional)"), max_length=300, required=False)
    author = forms.ChoiceField(choices=AUTHOR_CHOICES, label=_("Vorschlag von"))
    status = forms.ChoiceField(choices=STATUS_CHOICES, widget=forms.HiddenInput, initial="open")

    def clean(self) -> dict:
        data = super().clean() or {}
        if (data.get("due_date") or data.get("frequency") or data.get("evidence")) and not (
                data.get("text") or "").strip():
            self.add_error("text", _("Bitte beschreiben Sie den Schritt."))
        return data


StepFormSet = formset_factory(StepForm, extra=0, can_delete=True, max_num=MAX_STEPS,
                              validate_max=True)


class PotentialAnalysisForm(forms.Form):
    """The Potenzialanalyse: strengths, obstacles by field, wishes in the person's words."""

    conducted_on = PlausibleDateField(label=_("Durchgeführt am"), widget=DATE_WIDGET)
    strengths = _text(_("Stärken"), rows=3)
    wishes = _text(_("Wünsche und Ziele in eigenen Worten"), rows=3,
                   help_text=_("Möglichst wörtlich, wie die Person es sagt."))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for key, label in OBSTACLE_LABELS.items():
            self.fields[f"obstacle_{key.value}"] = _text(_(label), limit=1000, rows=2)

    def obstacle_fields(self) -> list:
        """Bound fields of the obstacle fields."""
        return [self[f"obstacle_{k.value}"] for k in OBSTACLE_LABELS]


class DeferForm(forms.Form):
    """Defer concluding a plan with a reason."""

    reason = _text(_("Grund für den Aufschub"), limit=1000, required=True, rows=2)
    until = PlausibleDateField(label=_("Wieder ansprechen am"), required=False, widget=DATE_WIDGET)


class ProposalForm(forms.Form):
    """The client's proposal or comment."""

    kind = forms.ChoiceField(label=_("Was möchten Sie?"), choices=[
        ("new_step", _("Einen Schritt vorschlagen")), ("change", _("Etwas ändern")),
        ("comment", _("Einen Kommentar schreiben"))])
    text = _text(_("Ihr Text"), limit=1000, required=True, rows=3)


class SchlichtungForm(forms.Form):
    """Request a Schlichtung."""

    reason = _text(_("Worüber sind Sie sich nicht einig?"), limit=2000, required=True, rows=3)


class SummonsForm(forms.Form):
    """An Aufforderung or Verpflichtung: a separate document."""

    kind = forms.ChoiceField(label=_("Art des Schreibens"))
    step = forms.TypedChoiceField(label=_("Bezieht sich auf Schritt"), coerce=int, required=False,
                                  empty_value=None)
    issued_on = PlausibleDateField(label=_("Datum"), widget=DATE_WIDGET)
    obligation = _text(_("Geforderte Mitwirkung (konkrete Eigenbemühungen)"), required=True)
    frequency = forms.CharField(label=_("Häufigkeit"), max_length=100, required=False)
    proof_form = forms.CharField(label=_("Form des Nachweises"), max_length=200, required=False)
    proof_deadline = PlausibleDateField(label=_("Frist für den Nachweis"), required=False,
                                     widget=DATE_WIDGET)


class ReviewForm(forms.Form):
    """Overall notes of a review; step outcomes come as extra fields."""

    held_on = PlausibleDateField(label=_("Überprüfung am"), widget=DATE_WIDGET)
    notes = _text(_("Gemeinsames Ergebnis"), rows=3)


class ContactForm(forms.Form):
    """One counselling contact."""

    date = PlausibleDateField(label=_("Datum"), widget=DATE_WIDGET, past_only=True)
    minutes = forms.IntegerField(label=_("Dauer in Minuten"), min_value=1, max_value=480)
    channel = forms.ChoiceField(label=_("Art"), choices=[("in_person", _("persönlich")), ("phone", _("Telefon")),
                                                      ("video", _("Video"))])


class AssessmentForm(forms.Form):
    """The caseworker's own assessment of the cooperation (subjective, used only at team level)."""

    level = forms.TypedChoiceField(
        label=_("Einschätzung der Zusammenarbeit"), coerce=int, empty_value=None, required=False,
        choices=[("", _("keine Angabe")), (1, _("1 – schwierig")), (2, "2"), (3, "3"), (4, "4"),
                 (5, _("5 – sehr gut"))])
