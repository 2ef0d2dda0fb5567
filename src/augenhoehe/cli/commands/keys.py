"""`augenhoehe keys …`: create the secret key and the pseudonym salt, rotate the salt."""

from __future__ import annotations

import argparse
import os

from augenhoehe.web.guards import keys

NAME = "keys"
HELP = "Geheimen Schlüssel und Pseudonym-Salz im Datenverzeichnis anlegen oder das Salz erneuern."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`init` or `rotate-salt`."""
    parser.add_argument("action", choices=["init", "rotate-salt"],
                        help="init: fehlende Schlüssel anlegen; rotate-salt: neues Pseudonym-Salz")


def run(args: argparse.Namespace) -> int:
    """Write missing secrets (mode 0600) or replace the pseudonym salt and refresh the figures."""
    data_dir = keys.data_dir_from_env()
    if args.action == "init":
        for name in (keys.SECRET_KEY_FILE, keys.SALT_FILE):
            made = keys.write_secret_file(data_dir / name)
            print(f"{data_dir / name}: {'angelegt' if made else 'vorhanden, unverändert'}")
        return 0
    if os.environ.get("AUGENHOEHE_PSEUDONYM_SALT"):
        print("AUGENHOEHE_PSEUDONYM_SALT ist gesetzt: das Salz dort ändern, nicht in der Datei.")
        return 2
    keys.write_secret_file(data_dir / keys.SALT_FILE, overwrite=True)
    print(f"{data_dir / keys.SALT_FILE}: neues Pseudonym-Salz. Ältere Exporte lassen sich nicht mehr "
          "mit neuen verknüpfen.")
    from augenhoehe import bootstrap

    bootstrap.setup()
    from augenhoehe.web.workspace.services.figures import refresh_all

    refresh_all()
    print("Kennzahlen mit den neuen Pseudonymen neu berechnet.")
    return 0
