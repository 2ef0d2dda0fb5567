#!/usr/bin/env bash
# Runs every benchmark script under bench/ (bench_*.py); each prints its own figures.
set -euo pipefail
# The load run (bench_load.py) takes 50 users for 60 s here; AUGENHOEHE_LOAD_SECONDS=600 is issue 10's full run.
export AUGENHOEHE_LOAD_SECONDS=${AUGENHOEHE_LOAD_SECONDS:-60}
status=0
for script in bench/bench_*.py; do
  [ -e "$script" ] || continue
  echo "== $script"
  .venv/bin/python "$script" "$@" || status=1
done
exit $status
