#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine with Node 20, then runs every test:
# lint, type-check, unit tests, production build and end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the end-to-end tests"
  sudo_if_needed=""
  if [ "$(id -u)" -ne 0 ]; then sudo_if_needed="sudo"; fi
  $sudo_if_needed apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y --no-install-recommends chromium
fi

npm ci --no-audit --no-fund
npm test
