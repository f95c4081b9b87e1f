#!/usr/bin/env bash
# npm test: every check — lint, types, unit, integration (real SQLite, then real PostgreSQL), the production build, and
# Playwright end to end on Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The whole check runs against the local server it starts; a QA shell's staging target stays out of it
# (npm run test:e2e with PLUGIPAY_BASE_URL is the way to test a deployment).
unset PLUGIPAY_BASE_URL PLUGIPAY_KEY_ID PLUGIPAY_KEY_SECRET PLUGIPAY_PORTAL_ORIGIN

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)…"
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

step() { printf '\n== %s\n' "$1"; }

step "lint (eslint, then prettier --check)"
npm run --silent lint

step "typecheck"
node_modules/.bin/tsc --noEmit

step "unit and integration tests (SQLite)"
node_modules/.bin/vitest run

step "integration tests (PostgreSQL on loopback, started by scripts/with-test-postgres.sh)"
bash scripts/with-test-postgres.sh sh -c 'INTEGRATION_DATABASE_URL="$TEST_POSTGRES_URL" node_modules/.bin/vitest run --project integration'

step "production build"
node_modules/.bin/next build

step "end-to-end tests (Playwright, $CHROMIUM_PATH)"
export E2E_SERVER_LOG=.test/e2e-server.log
rm -f "$E2E_SERVER_LOG"
node_modules/.bin/playwright test

step "end-to-end tests on PostgreSQL (the same build and suite, a fresh database from scripts/with-test-postgres.sh)"
bash scripts/with-test-postgres.sh sh -c 'E2E_DATABASE_URL="$TEST_POSTGRES_URL" node_modules/.bin/playwright test'

step "log audit (no token, cookie, secret, signature or card number in what the e2e server and worker logged)"
node_modules/.bin/tsx scripts/audit-logs.ts "$E2E_SERVER_LOG"

step "several instances (two app instances and two workers on one PostgreSQL: rate limits, idempotency, cookies, deliveries, billing)"
bash scripts/test-instances.sh
