#!/usr/bin/env bash
# Runs every benchmark script under bench/ (bench_*.py); each prints its own figures.
set -euo pipefail
status=0
for script in bench/bench_*.py; do
  [ -e "$script" ] || continue
  echo "== $script"
  .venv/bin/python "$script" "$@" || status=1
done
exit $status
