"""Encrypted backup and restore of the database and the data directory.

The database snapshot is consistent: PostgreSQL through `pg_dump` (one transaction snapshot),
SQLite through its online backup API. The data directory (pseudonym salt, secret key, monitoring
snapshots and figures) goes along; collected static files and the SQLite file itself do not.
Everything is packed as one tar and encrypted with the operator's key (augenhoehe.ops.crypto).
Restore goes into an empty database of the same kind (or replaces it with --force) and checks
the row count of every table against the manifest.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from augenhoehe.ops.crypto import decrypt_stream, encrypt_stream

FORMAT = 1
SKIP_IN_DATA_DIR = {"static", "augenhoehe.sqlite3", "augenhoehe.sqlite3-wal", "augenhoehe.sqlite3-shm"}


class RestoreError(RuntimeError):
    """The backup cannot be restored here (other database kind, non-empty target, counts differ)."""


def _db() -> dict[str, Any]:
    from django.conf import settings

    return settings.DATABASES["default"]


def _is_postgres() -> bool:
    return _db()["ENGINE"].endswith("postgresql")


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not candidates:
        raise RuntimeError(f"{name} fehlt (Debian-Paket postgresql-client).")
    return str(candidates[-1])


def _pg_env() -> dict[str, str]:
    db = _db()
    env = dict(os.environ)
    env.update({"PGHOST": db["HOST"] or "localhost", "PGPORT": str(db["PORT"] or 5432), "PGUSER": db["USER"],
                "PGDATABASE": db["NAME"]})
    if db["PASSWORD"]:
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def table_counts() -> dict[str, int]:
    """Rows per table of the current database (every table Django's introspection sees)."""
    from django.db import connection

    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = int(cursor.fetchone()[0])
    return counts


def _dump_database(target: Path) -> tuple[str, dict[str, int]]:
    """Dump the database; return the file name and the row counts of the same snapshot."""
    if _is_postgres():
        from django.db import connection, transaction

        name = "database.pgdump"
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                            f"--snapshot={snapshot}", "--file", str(target / name)],
                           env=_pg_env(), check=True, capture_output=True)
            return name, table_counts()
    name = "database.sqlite3"
    source = sqlite3.connect(_db()["NAME"])
    try:
        dest = sqlite3.connect(target / name)
        with dest:
            source.backup(dest)
        tables = [r[0] for r in dest.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {t: int(dest.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in sorted(tables)
                  if not t.startswith("sqlite_")}
        dest.close()
    finally:
        source.close()
    return name, counts


def _data_files(data_dir: Path) -> list[Path]:
    if not data_dir.is_dir():
        return []
    return [p for p in sorted(data_dir.rglob("*"))
            if p.is_file() and p.relative_to(data_dir).parts[0] not in SKIP_IN_DATA_DIR]


def create_backup(out: Path, fernet: Any, actor: Any = None) -> dict[str, Any]:
    """Write an encrypted backup to `out` (mode 0600); return its manifest."""
    from django.conf import settings
    from django.db.migrations.recorder import MigrationRecorder

    from augenhoehe.web.workspace.services import audit

    audit.record(actor, "backup.create", file=out.name)  # inside the snapshot, so a restore shows it
    data_dir = Path(settings.DATA_DIR)
    with tempfile.TemporaryDirectory(prefix="augenhoehe-backup-") as tmp:
        work = Path(tmp)
        db_file, counts = _dump_database(work)
        manifest = {
            "format": FORMAT, "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "engine": "postgresql" if _is_postgres() else "sqlite", "database_file": db_file,
            "migrations": sorted(f"{a}.{n}" for a, n in MigrationRecorder.Migration.objects.values_list("app", "name")),
            "tables": counts,
        }
        archive = work / "backup.tar"
        with tarfile.open(archive, "w") as tar:
            raw = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
            tar.add(work / db_file, arcname=db_file)
            for path in _data_files(data_dir):
                tar.add(path, arcname=f"files/{path.relative_to(data_dir).as_posix()}")
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(f".{out.name}.partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as target, archive.open("rb") as source:
            encrypt_stream(fernet, source, target)
        os.replace(partial, out)
    return manifest


def _database_is_empty() -> bool:
    from django.db import connection

    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if "accounts_user" not in tables:
            return True
        cursor.execute("SELECT COUNT(*) FROM accounts_user")
        return int(cursor.fetchone()[0]) == 0


def _restore_postgres(dump: Path) -> None:
    from django.db import connection

    connection.close()
    result = subprocess.run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
                             "--single-transaction", "--exit-on-error", "--dbname", _db()["NAME"], str(dump)],
                            env=_pg_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise RestoreError(f"pg_restore schlug fehl:\n{result.stderr.strip()}")


def _restore_sqlite(db_copy: Path) -> None:
    from django.db import connection

    connection.close()
    target = Path(_db()["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source, dest = sqlite3.connect(db_copy), sqlite3.connect(target)
    try:
        with dest:
            source.backup(dest)
    finally:
        source.close()
        dest.close()


def restore_backup(path: Path, fernet: Any, force: bool = False, actor: Any = None) -> dict[str, Any]:
    """Restore database and data files from an encrypted backup; return its manifest."""
    from django.conf import settings

    from augenhoehe.web.workspace.services import audit

    with tempfile.TemporaryDirectory(prefix="augenhoehe-restore-") as tmp:
        work = Path(tmp)
        archive = work / "backup.tar"
        with path.open("rb") as source, archive.open("wb") as target:
            for chunk in decrypt_stream(fernet, source):
                target.write(chunk)
        with tarfile.open(archive) as tar:
            tar.extractall(work / "x", filter="data")
        unpacked = work / "x"
        manifest = json.loads((unpacked / "manifest.json").read_text())
        engine = "postgresql" if _is_postgres() else "sqlite"
        if manifest.get("format") != FORMAT or manifest["engine"] != engine:
            raise RestoreError(f"Die Sicherung stammt aus {manifest['engine']}, die Zieldatenbank ist {engine}; "
                               "bitte in eine Datenbank derselben Art zurückspielen.")
        if not force and not _database_is_empty():
            raise RestoreError("Die Zieldatenbank enthält schon Daten. Zum Ersetzen --force angeben.")
        db_file = unpacked / manifest["database_file"]
        (_restore_postgres if engine == "postgresql" else _restore_sqlite)(db_file)
        data_dir = Path(settings.DATA_DIR)
        files = unpacked / "files"
        if files.is_dir():
            for source_file in sorted(p for p in files.rglob("*") if p.is_file()):
                dest = data_dir / source_file.relative_to(files)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source_file, dest)
    counts = table_counts()
    differing = {t: (n, counts.get(t)) for t, n in manifest["tables"].items() if counts.get(t) != n}
    if differing:
        raise RestoreError(f"Zeilenzahlen weichen nach dem Zurückspielen ab: {differing}")
    audit.record(actor, "backup.restore", file=path.name, created=manifest["created"])
    return manifest
