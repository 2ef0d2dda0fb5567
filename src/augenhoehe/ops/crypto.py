"""Streaming encryption of backup files with a key the operator holds (Fernet: AES-128-CBC + HMAC-SHA256).

File layout: MAGIC, then frames of [4-byte big-endian length][Fernet token]. Each token holds
[8-byte frame number][1-byte last-frame flag][up to CHUNK bytes]. Numbering and the final flag make a
reordered, shortened or extended file fail to decrypt instead of restoring silently wrong data.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.fernet import Fernet, InvalidToken

MAGIC = b"AUGENHOEHE-BACKUP-1\n"
CHUNK = 8 * 1024 * 1024


class BackupKeyError(ValueError):
    """Wrong, missing or malformed backup key, or a damaged file."""


def new_key() -> bytes:
    """A fresh backup key (URL-safe base64, 44 characters)."""
    return Fernet.generate_key()


def load_key(key_file: str | None) -> Fernet:
    """The key from --key-file, else AUGENHOEHE_BACKUP_KEY_FILE, else AUGENHOEHE_BACKUP_KEY."""
    path = key_file or os.environ.get("AUGENHOEHE_BACKUP_KEY_FILE")
    raw = Path(path).read_bytes().strip() if path else os.environ.get("AUGENHOEHE_BACKUP_KEY", "").encode().strip()
    if not raw:
        raise BackupKeyError("Kein Sicherungsschlüssel: --key-file DATEI oder AUGENHOEHE_BACKUP_KEY(_FILE) angeben "
                             "(neuen Schlüssel mit `augenhoehe backup --new-key DATEI` anlegen).")
    try:
        return Fernet(raw)
    except ValueError as exc:
        raise BackupKeyError("Der Sicherungsschlüssel hat nicht das richtige Format.") from exc


def encrypt_stream(fernet: Fernet, source: BinaryIO, target: BinaryIO) -> None:
    """Encrypt source into target frame by frame."""
    target.write(MAGIC)
    number = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        token = fernet.encrypt(struct.pack(">QB", number, last) + chunk)
        target.write(struct.pack(">I", len(token)) + token)
        if last:
            return
        number, chunk = number + 1, following


def decrypt_stream(fernet: Fernet, source: BinaryIO) -> Iterator[bytes]:
    """Yield the plaintext chunks; BackupKeyError on a wrong key or a damaged or shortened file."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupKeyError("Das ist keine augenhoehe-Sicherung (Kennung fehlt).")
    number = 0
    while True:
        head = source.read(4)
        if len(head) < 4:
            raise BackupKeyError("Die Sicherung ist unvollständig (letzter Abschnitt fehlt).")
        token = source.read(struct.unpack(">I", head)[0])
        try:
            plain = fernet.decrypt(token)
        except InvalidToken as exc:
            raise BackupKeyError("Falscher Sicherungsschlüssel oder beschädigte Sicherung.") from exc
        got, last = struct.unpack(">QB", plain[:9])
        if got != number:
            raise BackupKeyError("Die Sicherung ist beschädigt (Abschnitte vertauscht).")
        yield plain[9:]
        if last:
            if source.read(1):
                raise BackupKeyError("Die Sicherung ist beschädigt (Daten nach dem Ende).")
            return
        number += 1
