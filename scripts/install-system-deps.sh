#!/usr/bin/env bash
# Installs the Debian packages the tests need (chromium, PostgreSQL, poppler, pango, nginx as the TLS
# proxy of the deployment test) and axe-core.
set -euo pipefail
need=()
for pkg in chromium chromium-driver postgresql poppler-utils libpango-1.0-0 libpangoft2-1.0-0 \
           libharfbuzz-subset0 fonts-dejavu-core nginx-light; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing system packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# axe-core (accessibility audit) comes from the npm registry, pinned to major version 4.
mkdir -p .cache/axe
if [ ! -s .cache/axe/axe.min.js ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent axe-core@4 >/dev/null && tar xzf axe-core-*.tgz)
  cp "$tmp/package/axe.min.js" .cache/axe/axe.min.js
  rm -rf "$tmp"
fi
echo "System test dependencies ready."
