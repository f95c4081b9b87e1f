#!/usr/bin/env bash
# The server Playwright starts: a fresh, migrated database, then the production build.
set -euo pipefail
db_file="${DATABASE_URL#file:}"
mkdir -p "$(dirname "$db_file")"
rm -f "$db_file" "$db_file-wal" "$db_file-shm"
node_modules/.bin/prisma migrate deploy >/dev/null
exec node_modules/.bin/next start -H 127.0.0.1 -p "${PORT:?}"
