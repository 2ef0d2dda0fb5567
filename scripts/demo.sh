#!/usr/bin/env bash
# make demo: fresh demo database, logins, then the app on http://127.0.0.1:8000.
set -euo pipefail
export PATH="$PWD/.venv/bin:$PATH"
augenhoehe demo --reset
echo
echo "Die Anwendung läuft gleich auf http://127.0.0.1:8000 (Beenden mit Strg+C)."
exec augenhoehe serve --bind 127.0.0.1:8000
