#!/usr/bin/env bash
# Generates both Prisma clients from the one set of models: SQLite (prisma/schema.prisma) and
# PostgreSQL (prisma/postgresql/schema.prisma), so a deployment switches database by DATABASE_URL alone.
# prisma.config.ts picks the schema from DATABASE_URL; generating connects to nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
DATABASE_URL="file:./data/plugipay.db" node_modules/.bin/prisma generate
DATABASE_URL="postgresql://generate@127.0.0.1:5432/generate" node_modules/.bin/prisma generate
