#!/usr/bin/env bash
# Runs all tests: integration tests against a throwaway PostgreSQL, then everything on SQLite.
set -euo pipefail
PY=.venv/bin/python
export AUGENHOEHE_FAST_PASSWORD_HASH=1
PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/augenhoehe-pg.XXXXXX")
PGPORT=${AUGENHOEHE_TEST_PGPORT:-54329}
trap 'bash scripts/pg.sh stop "$PGDIR"' EXIT
bash scripts/pg.sh start "$PGDIR" "$PGPORT"
echo "== Integration tests on PostgreSQL (port $PGPORT)"
AUGENHOEHE_DATABASE_URL="postgresql://postgres@127.0.0.1:$PGPORT/augenhoehe" \
  $PY -m pytest -q -p no:cacheprovider tests/integration
echo "== All tests on SQLite (unit, integration, browser)"
$PY -m pytest -q -p no:cacheprovider tests
