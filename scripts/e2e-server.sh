#!/usr/bin/env bash
# The server Playwright starts: a fresh, migrated database, the background worker, then the
# production build. Both processes stop together.
set -euo pipefail
db_file="${DATABASE_URL#file:}"
mkdir -p "$(dirname "$db_file")"
rm -f "$db_file" "$db_file-wal" "$db_file-shm"
node_modules/.bin/prisma migrate deploy >/dev/null
node_modules/.bin/tsx scripts/worker.ts &
worker=$!
node_modules/.bin/next start -H 127.0.0.1 -p "${PORT:?}" &
server=$!
trap 'kill "$worker" "$server" 2>/dev/null; wait' EXIT INT TERM
wait -n "$worker" "$server"
