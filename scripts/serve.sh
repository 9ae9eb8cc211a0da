#!/usr/bin/env bash
# Installs, builds and serves Sortie. PORT (default 3000) sets the port.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm ci --no-audit --no-fund
npm run build
exec npx next start -p "${PORT:-3000}"
