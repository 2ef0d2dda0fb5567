"""Upgrade with data: a database at the schema before the hardening (no security/axes migrations) is
migrated forward with its data intact, and the round trip back and forth keeps every table's content.
"""

from __future__ import annotations

from .conftest import run_cli, table_digests

NEW_TABLES = ("security_", "axes_")


def _old_tables(digests: dict) -> dict:
    return {t: v for t, v in digests.items() if not t.startswith(NEW_TABLES) and t != "django_migrations"}


def test_upgrade_from_the_schema_before_hardening_keeps_the_data(tmp_path, database_pair):
    url, _ = database_pair
    env = {"AUGENHOEHE_DATABASE_URL": url, "AUGENHOEHE_DATA_DIR": str(tmp_path / "data"),
           "AUGENHOEHE_FAST_PASSWORD_HASH": "1"}
    assert run_cli(["demo", "--source", "fixtures"], env).returncode == 0
    before = table_digests(url)
    for app in ("security", "axes"):  # back to the previous release's schema, data kept
        down = run_cli(["manage", "migrate", app, "zero", "--noinput"], env)
        assert down.returncode == 0, down.stderr
    old = table_digests(url)
    assert not any(t.startswith(NEW_TABLES) for t in old)
    assert _old_tables(old) == _old_tables(before)
    up = run_cli(["manage", "migrate", "--noinput"], env)
    assert up.returncode == 0, up.stderr
    after = table_digests(url)
    assert _old_tables(after) == _old_tables(before)
    assert {t for t in after if t.startswith(NEW_TABLES)} == {t for t in before if t.startswith(NEW_TABLES)}
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'augenhoehe_audit_%'"
                                ).fetchone()[0] == 2
