"""`augenhoehe tls-cert`: a self-signed certificate for trial installations behind the TLS proxy."""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import os
from pathlib import Path

NAME = "tls-cert"
HELP = "Selbstsigniertes TLS-Zertifikat für Testinstallationen anlegen (tls.crt, tls.key)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--dir and the host names."""
    parser.add_argument("--dir", type=Path, required=True, help="Zielverzeichnis")
    parser.add_argument("--host", action="append", default=[], help="Hostname oder IP (mehrfach möglich)")
    parser.add_argument("--days", type=int, default=365, help="Gültigkeit in Tagen")


def run(args: argparse.Namespace) -> int:
    """Write tls.crt and tls.key (0600) unless both exist."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    crt, key_path = args.dir / "tls.crt", args.dir / "tls.key"
    if crt.exists() and key_path.exists():
        print(f"{crt}: vorhanden, unverändert")
        return 0
    hosts = args.host or ["localhost", "127.0.0.1"]
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0]),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "augenhoehe (selbstsigniert)")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=args.days))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))
    args.dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    print(f"Selbstsigniertes Zertifikat für {', '.join(hosts)}: {crt} (nur für Tests und Erprobung)")
    return 0
