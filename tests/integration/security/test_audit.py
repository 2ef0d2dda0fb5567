"""Audit log: denied requests, admin reads, readable and searchable admin, CSV, append-only on PostgreSQL."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import DatabaseError, connection, transaction
from django.test import Client as Browser

from augenhoehe.web.accounts.models import User
from augenhoehe.web.workspace.models import AuditEvent
from augenhoehe.web.workspace.services import audit
from tests.integration.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _as(user) -> Browser:
    browser = Browser()
    browser.force_login(user)
    return browser


@pytest.fixture
def office(world):
    admin = User.objects.create_superuser("admin1", password=PASSWORD, first_name="Ada", last_name="Admin")
    return _as(admin), admin


def test_probing_a_foreign_case_id_is_recorded(world):
    assert _as(world.cw_nord).get(f"/faelle/{world.case_sued.public_id}/").status_code == 404
    event = AuditEvent.objects.get(action="access.denied")
    assert event.actor == world.cw_nord and event.detail["status"] == 404
    assert event.detail["case_id"] == world.case_sued.pk and event.detail["route"] == "case_detail"


def test_forbidden_staff_page_is_recorded(world):
    assert _as(world.client_a).get("/faelle/").status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=world.client_a, detail__status=403).exists()


def test_admin_reads_of_clients_and_cases_are_recorded(world, office):
    browser, admin = office
    assert browser.get(f"/admin/workspace/case/{world.case_a.pk}/change/").status_code == 200
    assert browser.get(f"/admin/workspace/client/{world.case_a.client.pk}/change/").status_code == 200
    reads = AuditEvent.objects.filter(action="admin.read", actor=admin)
    assert {e.object_type for e in reads} == {"Case", "Client"}
    assert reads.get(object_type="Case").case_id_ref == world.case_a.pk


def test_audit_entry_is_readable_and_the_admin_speaks_german(world, office):
    browser, _ = office
    audit.record(world.cw_nord, "case.read", world.case_a, world.case_a)
    text = str(AuditEvent.objects.get(action="case.read"))
    assert "AuditEvent object" not in text and "Fall gelesen" in text and "fk1" in text
    html = browser.get("/admin/workspace/auditevent/").content.decode()
    for header in ("Zeitpunkt", "Person", "Aktion", "Aktenzeichen"):
        assert header in html
    assert "Fall gelesen" in html and "N-1" in html


def test_audit_log_is_searchable_by_aktenzeichen_and_person(world, office):
    browser, _ = office
    audit.record(world.cw_nord, "case.read", world.case_a, world.case_a)
    audit.record(world.cw_sued, "case.read", world.case_sued, world.case_sued)
    by_reference = browser.get("/admin/workspace/auditevent/", {"q": "N-1"}).content.decode()
    assert "N-1" in by_reference and "S-1" not in by_reference
    by_client = browser.get("/admin/workspace/auditevent/", {"q": "Kovalenko"}).content.decode()
    assert "S-1" in by_client and "N-1" not in by_client
    by_person = browser.get("/admin/workspace/auditevent/", {"q": "fk3"}).content.decode()
    assert "S-1" in by_person and "N-1" not in by_person


def test_csv_export_for_the_data_protection_officer_is_itself_audited(world, office):
    browser, admin = office
    audit.record(world.cw_nord, "plan.agree", world.case_a, world.case_a)
    ids = list(AuditEvent.objects.values_list("pk", flat=True))
    response = browser.post("/admin/workspace/auditevent/", {"action": "export_csv", "_selected_action": ids})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Zeitpunkt (UTC)", "Aktion"]
    assert any(r[1] == "Plan vereinbart" and r[5] == "N-1" for r in rows[1:])
    assert AuditEvent.objects.filter(action="audit.export", actor=admin).exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="database trigger exists on PostgreSQL only")
def test_audit_log_is_append_only_in_postgresql(world):
    with connection.cursor() as cursor:
        cursor.execute("RESET augenhoehe.audit_purge")  # no purge mode left over from a flush
    audit.record(world.cw_nord, "case.read", world.case_a, world.case_a)
    event = AuditEvent.objects.get(action="case.read")
    for statement in (lambda: AuditEvent.objects.filter(pk=event.pk).update(action="geschönt"),
                      lambda: AuditEvent.objects.filter(pk=event.pk).delete()):
        with pytest.raises(DatabaseError, match="unveränderlich"), transaction.atomic():
            statement()
    assert AuditEvent.objects.get(pk=event.pk).action == "case.read"
    with connection.cursor() as cursor:  # TRUNCATE is guarded by a statement trigger
        cursor.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'augenhoehe_audit_no_truncate'")
        assert cursor.fetchone()[0] == 1
    world.client_b.delete()  # an account deleted after its retention period: entries stay, actor empty
    with transaction.atomic():
        connection.cursor().execute("SET LOCAL augenhoehe.audit_purge = 'on'")
        AuditEvent.objects.filter(pk=event.pk).delete()  # the retention purge may delete
    assert not AuditEvent.objects.filter(pk=event.pk).exists()
