"""`augenhoehe restore FILE`: restore an encrypted backup into an empty database of the same kind."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NAME = "restore"
HELP = "Verschlüsselte Sicherung zurückspielen (Datenbank und Datenverzeichnis)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE, the key, --force."""
    parser.add_argument("file", type=Path, help="Sicherungsdatei")
    parser.add_argument("--key-file", help="Sicherungsschlüssel (sonst AUGENHOEHE_BACKUP_KEY_FILE/_KEY)")
    parser.add_argument("--force", action="store_true", help="eine Datenbank mit Daten ersetzen")


def run(args: argparse.Namespace) -> int:
    """Decrypt, restore, verify the row counts of every table."""
    from augenhoehe.ops import crypto

    try:
        fernet = crypto.load_key(args.key_file)
    except (crypto.BackupKeyError, OSError) as exc:
        print(f"augenhoehe restore: {exc}", file=sys.stderr)
        return 2
    from augenhoehe.web.guards import keys

    try:
        keys.secret_key(keys.data_dir_from_env(), debug=False)
    except keys.MissingSecretKey:
        # A new machine: the key comes back with the data directory. Restoring signs nothing,
        # so this one process runs on a throwaway key.
        os.environ["AUGENHOEHE_SECRET_KEY"] = keys.new_secret()
    from augenhoehe import bootstrap

    bootstrap.setup()
    from augenhoehe.ops.backup import RestoreError, restore_backup

    try:
        manifest = restore_backup(args.file, fernet, force=args.force)
    except (crypto.BackupKeyError, RestoreError, OSError) as exc:
        print(f"augenhoehe restore: {exc}", file=sys.stderr)
        return 2
    print(f"Zurückgespielt: Sicherung vom {manifest['created']}, {len(manifest['tables'])} Tabellen geprüft.")
    return 0
