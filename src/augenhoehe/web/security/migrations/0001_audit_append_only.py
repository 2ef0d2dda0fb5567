"""PostgreSQL: the audit log is append-only in the database too (trigger refuses UPDATE, DELETE, TRUNCATE).

Two narrow exceptions, both needed by the data-protection duties:
- setting the actor to NULL when a user account is deleted after its retention period (ON DELETE SET NULL);
- deleting entries older than the audit retention period, only inside a transaction that set
  `augenhoehe.audit_purge = 'on'` (done by `augenhoehe retention --apply`, which records the purge).
SQLite has no such guard; the admin and the app never edit entries on any database.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION augenhoehe_audit_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
     AND NEW.at = OLD.at AND NEW.action = OLD.action
     AND NEW.case_id_ref IS NOT DISTINCT FROM OLD.case_id_ref
     AND NEW.object_type = OLD.object_type AND NEW.object_id IS NOT DISTINCT FROM OLD.object_id
     AND NEW.detail = OLD.detail THEN
    RETURN NEW;
  END IF;
  IF TG_OP IN ('DELETE', 'TRUNCATE') AND current_setting('augenhoehe.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Das Protokoll (workspace_auditevent) ist unveränderlich: % ist nicht erlaubt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""

CREATE = FUNCTION + """
DROP TRIGGER IF EXISTS augenhoehe_audit_append_only ON workspace_auditevent;
CREATE TRIGGER augenhoehe_audit_append_only BEFORE UPDATE OR DELETE ON workspace_auditevent
  FOR EACH ROW EXECUTE FUNCTION augenhoehe_audit_append_only();
DROP TRIGGER IF EXISTS augenhoehe_audit_no_truncate ON workspace_auditevent;
CREATE TRIGGER augenhoehe_audit_no_truncate BEFORE TRUNCATE ON workspace_auditevent
  FOR EACH STATEMENT EXECUTE FUNCTION augenhoehe_audit_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS augenhoehe_audit_append_only ON workspace_auditevent;
DROP TRIGGER IF EXISTS augenhoehe_audit_no_truncate ON workspace_auditevent;
DROP FUNCTION IF EXISTS augenhoehe_audit_append_only();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("workspace", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
