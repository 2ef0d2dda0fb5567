"""Backup and restore: a round trip on PostgreSQL (and SQLite) that compares every table and every data file.

The databases are created by the test on the server the integration tests use, filled by the real
`augenhoehe demo`, backed up and restored by the real commands in separate processes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .conftest import run_cli, table_digests


def _files(data_dir: Path) -> dict[str, str]:
    return {p.relative_to(data_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in data_dir.rglob("*") if p.is_file() and p.relative_to(data_dir).parts[0] != "static"
            and not p.name.startswith("augenhoehe.sqlite3")}


def test_backup_and_restore_round_trip_keeps_every_table_and_file(tmp_path, database_pair):
    source_url, target_url = database_pair
    key = tmp_path / "backup.key"
    src_dir, dst_dir = tmp_path / "src-data", tmp_path / "dst-data"
    src_env = {"AUGENHOEHE_DATABASE_URL": source_url, "AUGENHOEHE_DATA_DIR": str(src_dir),
               "AUGENHOEHE_FAST_PASSWORD_HASH": "1", "AUGENHOEHE_TODAY": "2026-11-24"}
    assert run_cli(["demo", "--source", "fixtures"], src_env).returncode == 0
    assert run_cli(["backup", "--new-key", str(key)], src_env).returncode == 0
    backup = tmp_path / "sicherung.bin"
    made = run_cli(["backup", "--out", str(backup), "--key-file", str(key)], src_env)
    assert made.returncode == 0, made.stderr
    assert b"Demir" not in backup.read_bytes() and b"Kooperationsplan" not in backup.read_bytes()

    dst_env = {**src_env, "AUGENHOEHE_DATABASE_URL": target_url, "AUGENHOEHE_DATA_DIR": str(dst_dir)}
    restored = run_cli(["restore", str(backup), "--key-file", str(key)], dst_env)
    assert restored.returncode == 0, restored.stderr

    before, after = table_digests(source_url), table_digests(target_url)
    assert before.keys() == after.keys() and len(before) > 15
    audit = "workspace_auditevent"
    assert {t: v for t, v in before.items() if t != audit} == {t: v for t, v in after.items() if t != audit}
    assert after[audit][0] == before[audit][0] + 1  # the restore itself is recorded, nothing else differs
    assert _files(src_dir) == _files(dst_dir) and "pseudonym_salt" in _files(dst_dir)


def test_restore_refuses_a_wrong_key_a_damaged_file_and_a_database_with_data(tmp_path, database_pair):
    source_url, _ = database_pair
    env = {"AUGENHOEHE_DATABASE_URL": source_url, "AUGENHOEHE_DATA_DIR": str(tmp_path / "data"),
           "AUGENHOEHE_FAST_PASSWORD_HASH": "1"}
    assert run_cli(["demo", "--source", "fixtures"], env).returncode == 0
    key, other = tmp_path / "a.key", tmp_path / "b.key"
    run_cli(["backup", "--new-key", str(key)], env)
    run_cli(["backup", "--new-key", str(other)], env)
    backup = tmp_path / "s.bin"
    assert run_cli(["backup", "--out", str(backup), "--key-file", str(key)], env).returncode == 0
    wrong = run_cli(["restore", str(backup), "--key-file", str(other)], env)
    assert wrong.returncode == 2 and "Falscher Sicherungsschlüssel" in wrong.stderr
    damaged = tmp_path / "kaputt.bin"
    damaged.write_bytes(backup.read_bytes()[:-20])
    broken = run_cli(["restore", str(damaged), "--key-file", str(key)], env)
    assert broken.returncode == 2 and "Sicherung" in broken.stderr
    full = run_cli(["restore", str(backup), "--key-file", str(key)], env)
    assert full.returncode == 2 and "enthält schon Daten" in full.stderr
