"""Löschfristen (dry run, then apply) and the Art. 15 DSGVO export; both audited."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from django.utils import timezone

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.ops.privacy import run_retention, subject_access_zip
from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import AuditEvent, Case, Client, Contact, PlanVersion
from augenhoehe.web.workspace.services import audit, contacts, plans

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)


def _with_plan(world, case):
    version = plans.start_draft(case, world.cw_nord, dt.date(2019, 9, 1))
    plans.save_draft(version, CooperationPlan(plan_date=dt.date(2019, 9, 1), goal="Lagerist", steps=[
        Step("Staplerschein machen", owner=StepOwner.CLIENT, section=Section.NAECHSTE_SCHRITTE)]),
        version.revision, world.cw_nord)
    contacts.record_contact(case, world.cw_nord, dt.date(2019, 9, 2), 30, "phone")


def test_retention_dry_run_changes_nothing_and_apply_deletes_the_expired_case_and_person(world, settings):
    _with_plan(world, world.case_a)
    expired = TODAY - dt.timedelta(days=settings.RETENTION_CASE_DAYS + 1)
    Case.objects.filter(pk=world.case_a.pk).update(closed_on=expired)
    Case.objects.filter(pk=world.case_b.pk).update(closed_on=TODAY - dt.timedelta(days=10))  # still kept
    dry = run_retention(TODAY)
    assert dry.cases == ["N-1"] and dry.clients == 1 and dry.rows["planversionen"] == 1 and not dry.applied
    assert Case.objects.filter(pk=world.case_a.pk).exists()

    report = run_retention(TODAY, apply=True)
    assert report.cases == ["N-1"]
    assert not Case.objects.filter(reference="N-1").exists() and Case.objects.filter(reference="N-2").exists()
    assert not Client.objects.filter(last_name="Demir").exists()
    assert not User.objects.filter(username="kundea").exists()  # the portal login goes too
    assert not PlanVersion.objects.filter(plan__case_id=world.case_a.pk).exists()
    assert not Contact.objects.filter(case_id=world.case_a.pk).exists()
    assert AuditEvent.objects.filter(action="retention.delete", detail__case_ref="N-1").exists()


def test_old_audit_entries_are_purged_and_the_purge_is_recorded(world, settings):
    old = timezone.now() - dt.timedelta(days=settings.AUDIT_RETENTION_DAYS + 5)
    from django.db import connection

    with connection.cursor() as cursor:  # an old entry (inserting is allowed; changing is not)
        cursor.execute("INSERT INTO workspace_auditevent (at, action, object_type, detail) "
                       "VALUES (%s, 'case.read', '', '{}')", [old])
    assert run_retention(TODAY).audit_entries == 1
    assert run_retention(TODAY, apply=True).audit_entries == 1
    assert not AuditEvent.objects.filter(action="case.read").exists()
    assert AuditEvent.objects.get(action="audit.purge").detail["entries"] == 1


def test_subject_access_zip_holds_all_data_about_the_person_and_nothing_of_others(world, tmp_path):
    _with_plan(world, world.case_a)
    audit.record(world.cw_nord, "case.read", world.case_a, world.case_a)
    out = subject_access_zip(world.case_a.client, tmp_path / "auskunft.zip", actor=world.cw_nord)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"LIESMICH.txt", "person.json", "protokoll.json", "faelle/N-1/planversionen.json",
                "faelle/N-1/kontakte.json", "faelle/N-1/schritte.json"} <= names
        text = "".join(zf.read(n).decode() for n in names)
    assert "Demir" in text and "Staplerschein machen" in text and "case.read" in text
    assert "Becker" not in text and "Kovalenko" not in text and "pbkdf2" not in text and "md5$" not in text
    person = json.loads(zipfile.ZipFile(out).read("person.json"))
    assert "password" not in person["zugang"][0]["fields"]
    assert AuditEvent.objects.filter(action="subject_access.export", actor=world.cw_nord,
                                     case_id_ref=world.case_a.pk).exists()


def test_commands_run_as_dry_run_and_write_the_zip(tmp_path):
    from .conftest import run_cli

    env = {"AUGENHOEHE_DATA_DIR": str(tmp_path / "data"), "AUGENHOEHE_FAST_PASSWORD_HASH": "1",
           "AUGENHOEHE_DATABASE_URL": f"sqlite:///{tmp_path / 'data' / 'db.sqlite3'}"}
    assert run_cli(["demo", "--source", "fixtures"], env).returncode == 0
    dry = run_cli(["retention"], env)
    assert dry.returncode == 0 and "Probelauf, nichts geändert" in dry.stdout
    made = run_cli(["subject-access", "--client-id", "1", "--out", str(tmp_path / "a.zip")], env)
    assert made.returncode == 0, made.stderr
    assert "person.json" in zipfile.ZipFile(tmp_path / "a.zip").namelist()
