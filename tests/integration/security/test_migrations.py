"""Upgrade with data: a database at the schema before the hardening (no security/axes migrations) is
migrated forward with its data intact, and the round trip back and forth keeps every table's content;
the same for the public ids (existing rows get one each, notes too).
"""

from __future__ import annotations

import uuid

from .conftest import run_cli, table_digests

NEW_TABLES = ("security_", "axes_")


def _old_tables(digests: dict) -> dict:
    return {t: v for t, v in digests.items() if not t.startswith(NEW_TABLES) and t != "django_migrations"}


def _demo_database(tmp_path, url: str) -> dict[str, str]:
    """The demo data in the database; the environment for the CLI on it."""
    env = {"AUGENHOEHE_DATABASE_URL": url, "AUGENHOEHE_DATA_DIR": str(tmp_path / "data"),
           "AUGENHOEHE_FAST_PASSWORD_HASH": "1"}
    assert run_cli(["demo", "--source", "fixtures"], env).returncode == 0
    return env


def _manage(env: dict[str, str], *args: str) -> None:
    done = run_cli(["manage", *args], env)
    assert done.returncode == 0, done.stderr + done.stdout


def test_upgrade_from_the_schema_before_hardening_keeps_the_data(tmp_path, database_pair):
    url, _ = database_pair
    env = _demo_database(tmp_path, url)
    before = table_digests(url)
    for app in ("security", "axes"):  # back to the previous release's schema, data kept
        _manage(env, "migrate", app, "zero", "--noinput")
    old = table_digests(url)
    assert not any(t.startswith(NEW_TABLES) for t in old)
    assert _old_tables(old) == _old_tables(before)
    _manage(env, "migrate", "--noinput")
    after = table_digests(url)
    assert _old_tables(after) == _old_tables(before)
    assert {t for t in after if t.startswith(NEW_TABLES)} == {t for t in before if t.startswith(NEW_TABLES)}
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'augenhoehe_audit_%'"
                                ).fetchone()[0] == 2


PUBLIC_ID_TABLES = ("workspace_case", "workspace_planstep", "workspace_proposal", "workspace_summons",
                    "workspace_appointment", "workspace_evidence")


def _public_ids(url: str, table: str) -> list[str | None]:
    if url.startswith("sqlite"):
        import sqlite3
        from urllib.parse import urlparse

        conn = sqlite3.connect(urlparse(url).path)
        try:
            return [r[0] for r in conn.execute(f'SELECT public_id FROM "{table}"')]
        finally:
            conn.close()
    import psycopg

    with psycopg.connect(url) as conn:
        return [None if r[0] is None else str(r[0]) for r in conn.execute(f'SELECT public_id FROM "{table}"')]


def _execute(url: str, sql: str) -> None:
    if url.startswith("sqlite"):
        import sqlite3
        from urllib.parse import urlparse

        conn = sqlite3.connect(urlparse(url).path)
        try:
            conn.execute(sql)
            conn.commit()
        finally:
            conn.close()
        return
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute(sql)


def test_public_ids_are_given_to_existing_rows_and_the_migration_reverses(tmp_path, database_pair):
    url, _ = database_pair
    env = _demo_database(tmp_path, url)
    before = table_digests(url)
    _manage(env, "migrate", "workspace", "0003", "--noinput")  # the schema before public ids
    old = table_digests(url)
    assert {t: v[0] for t, v in old.items() if t != "django_migrations"} == {
        t: v[0] for t, v in before.items() if t != "django_migrations"}  # every row kept
    _execute(url, "INSERT INTO workspace_casenote (case_id, author_id, text, created_at) "  # notes got theirs later
                  "SELECT id, caseworker_id, 'Vermerk', CURRENT_TIMESTAMP FROM workspace_case")
    _manage(env, "migrate", "--noinput")  # existing rows get their public ids
    assert table_digests(url)["workspace_plan"] == before["workspace_plan"]
    assert len(_public_ids(url, "workspace_casenote")) == before["workspace_case"][0]
    for table in (*PUBLIC_ID_TABLES, "workspace_casenote"):
        ids = _public_ids(url, table)
        assert None not in ids and len(set(ids)) == len(ids), table
        assert {uuid.UUID(str(i)).version for i in ids} <= {4}, table
    assert len(_public_ids(url, "workspace_case")) == before["workspace_case"][0] > 0
    assert _public_ids(url, "workspace_planstep")
    _manage(env, "makemigrations", "--check", "--dry-run")  # models and migrations agree
