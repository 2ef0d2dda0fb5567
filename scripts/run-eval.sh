#!/usr/bin/env bash
# Runs every evaluation under eval/ (eval/*/run.py); each prints its own figures.
set -euo pipefail
status=0
for script in eval/*/run.py; do
  [ -e "$script" ] || continue
  echo "== $script"
  .venv/bin/python "$script" || status=1
done
exit $status
