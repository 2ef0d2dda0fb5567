"""Input: implausible typed dates are refused in German; GET on a POST-only address gets the German page."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client as Browser

from augenhoehe.web.guards.dates import PlausibleDateField
from augenhoehe.web.workspace import forms
from augenhoehe.web.workspace.models import Contact

pytestmark = pytest.mark.django_db


def _as(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


@pytest.mark.parametrize("typed", ["0001-01-01", "9999-12-31", "1899-05-01"])
def test_implausible_contact_dates_are_refused_in_german_and_not_stored(world, typed):
    response = _as(world.cw_nord).post(f"/faelle/{world.case_a.public_id}/kontakte/",
                                       {"date": typed, "minutes": "30", "channel": "phone"}, follow=True)
    assert not Contact.objects.exists()
    assert "Bitte ein Datum zwischen dem 01.01.2005" in response.content.decode()


def test_contact_in_the_future_is_refused_but_today_is_fine(world):
    from augenhoehe.domain.clock import today

    browser = _as(world.cw_nord)
    browser.post(f"/faelle/{world.case_a.public_id}/kontakte/", {"date": date(today().year + 1, 1, 1).isoformat(),
                                                           "minutes": "30", "channel": "phone"})
    assert not Contact.objects.exists()
    browser.post(f"/faelle/{world.case_a.public_id}/kontakte/", {"date": today().isoformat(), "minutes": "30",
                                                           "channel": "phone"})
    assert Contact.objects.count() == 1


def test_every_typed_date_in_the_forms_is_range_checked():
    date_fields = [(cls.__name__, name) for cls in vars(forms).values()
                   if isinstance(cls, type) and issubclass(cls, forms.forms.Form) and cls is not forms.forms.Form
                   for name, field in cls.base_fields.items() if isinstance(field, forms.forms.DateField)]
    assert date_fields
    assert all(isinstance(getattr(forms, cls).base_fields[name], PlausibleDateField) for cls, name in date_fields)
    plan = forms.PlanForm(data={"plan_date": "9999-12-31"})
    plan.is_valid()
    assert "Bitte ein Datum zwischen" in plan.errors["plan_date"][0]


@pytest.mark.parametrize("url", ["/faelle/{id}/plan/vereinbaren/", "/faelle/{id}/kontakte/", "/portal/bestaetigen/",
                                 "/team/kennzahlen/aktualisieren/"])
def test_get_on_a_post_only_address_answers_the_german_page(world, url):
    user = world.client_a if url.startswith("/portal") else world.lead_nord if url.startswith("/team") \
        else world.cw_nord
    response = _as(user).get(url.format(id=world.case_a.public_id))
    assert response.status_code == 405
    assert "POST" in response["Allow"]
    html = response.content.decode()
    assert "Diese Adresse lässt sich so nicht aufrufen" in html and "Es wurde nichts geändert" in html
