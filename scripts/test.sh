#!/usr/bin/env bash
# npm test: every check — types, unit, integration (real SQLite), the production build, and
# Playwright end to end on Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)…"
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
node_modules/.bin/tsc --noEmit

step "unit and integration tests"
node_modules/.bin/vitest run

step "production build"
node_modules/.bin/next build

step "end-to-end tests (Playwright, $CHROMIUM_PATH)"
node_modules/.bin/playwright test
