"""`augenhoehe backup --out FILE`: encrypted, consistent backup of the database and the data directory."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NAME = "backup"
HELP = "Verschlüsselte Sicherung von Datenbank und Datenverzeichnis anlegen."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--out FILE and the key; or --new-key FILE to create a key."""
    parser.add_argument("--out", type=Path, help="Zieldatei der Sicherung")
    parser.add_argument("--key-file", help="Sicherungsschlüssel (sonst AUGENHOEHE_BACKUP_KEY_FILE/_KEY)")
    parser.add_argument("--new-key", type=Path, metavar="DATEI", help="neuen Sicherungsschlüssel anlegen und enden")


def run(args: argparse.Namespace) -> int:
    """Create a key, or write the encrypted backup."""
    from augenhoehe.ops import crypto

    if args.new_key:
        if args.new_key.exists():
            print(f"{args.new_key} existiert schon; nicht überschrieben.", file=sys.stderr)
            return 2
        fd = os.open(args.new_key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(crypto.new_key() + b"\n")
        print(f"Sicherungsschlüssel angelegt: {args.new_key} (getrennt von den Sicherungen aufbewahren!)")
        return 0
    if not args.out:
        print("augenhoehe backup: --out DATEI fehlt.", file=sys.stderr)
        return 2
    try:
        fernet = crypto.load_key(args.key_file)
    except (crypto.BackupKeyError, OSError) as exc:
        print(f"augenhoehe backup: {exc}", file=sys.stderr)
        return 2
    from augenhoehe import bootstrap

    bootstrap.setup()
    from augenhoehe.ops.backup import create_backup

    manifest = create_backup(args.out, fernet)
    rows = sum(manifest["tables"].values())
    print(f"Sicherung geschrieben: {args.out} ({manifest['engine']}, {len(manifest['tables'])} Tabellen, "
          f"{rows} Zeilen)")
    return 0
