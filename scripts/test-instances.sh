#!/usr/bin/env bash
# The several-instances test (issue 10, item 2): two app instances (`scripts/serve.mjs`) over the existing
# production build and two workers on one fresh PostgreSQL database on loopback
# (scripts/with-test-postgres.sh). npm test runs it after `next build`; alone: `next build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLUGIPAY_INSTANCES_TEST=1
bash scripts/with-test-postgres.sh node_modules/.bin/vitest run --project instances "$@"
