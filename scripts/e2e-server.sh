#!/usr/bin/env bash
# The server Playwright starts: a fresh, migrated database, the background worker, then the
# production build. Both processes stop together. Their logs go to E2E_SERVER_LOG (appended), which
# npm test audits for secrets afterwards (scripts/audit-logs.ts); the last lines are shown if one dies.
set -euo pipefail
server_log="${E2E_SERVER_LOG:-.test/e2e-server.log}"
mkdir -p "$(dirname "$server_log")"
# SQLite: a new file each run. PostgreSQL (E2E_DATABASE_URL, see e2e/e2e-env.ts): the database npm
# test just created; prisma.config.ts picks the PostgreSQL schema and migrations by the URL.
if [[ "$DATABASE_URL" == file:* ]]; then
  db_file="${DATABASE_URL#file:}"
  mkdir -p "$(dirname "$db_file")"
  rm -f "$db_file" "$db_file-wal" "$db_file-shm"
fi
node_modules/.bin/prisma migrate deploy >/dev/null
node_modules/.bin/tsx --conditions=react-server scripts/worker.ts >>"$server_log" 2>&1 &
worker=$!
node scripts/serve.mjs -H 127.0.0.1 -p "${PORT:?}" >>"$server_log" 2>&1 &
server=$!
trap 'kill "$worker" "$server" 2>/dev/null; wait' EXIT INT TERM
status=0
wait -n "$worker" "$server" || status=$?
echo "e2e server: a process exited ($status); the last lines of $server_log:" >&2
tail -n 40 "$server_log" >&2
exit "$status"
