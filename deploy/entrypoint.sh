#!/bin/sh
# Container start: secrets into the data volume if missing, schema up to date, then gunicorn.
set -eu
augenhoehe keys init
augenhoehe manage migrate --noinput
exec augenhoehe serve --bind 0.0.0.0:8000 --workers "${AUGENHOEHE_WORKERS:-4}"
