#!/usr/bin/env bash
# Runs a command against a fresh PostgreSQL database on loopback: installs Debian's postgresql when
# missing, starts the local cluster, creates a throwaway role and database, exports
# TEST_POSTGRES_URL for the command, and drops the database afterwards.
#   bash scripts/with-test-postgres.sh <command> [args…]
set -euo pipefail
cd "$(dirname "$0")/.."

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the PostgreSQL tests (apt-get)…" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | head -n 1 | awk '{print $1" "$2}')
if [ -z "$cluster" ]; then
  as_root pg_createcluster 15 main >/dev/null
  cluster="15 main"
fi
read -r version name <<<"$cluster"
if ! pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
  as_root pg_ctlcluster "$version" "$name" start
fi
port=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $3}')

role=plugipay_test
password=plugipay_test
database="plugipay_test_$$_$(date +%s)"
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -d postgres <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
CREATE DATABASE $database OWNER $role;
SQL
cleanup() {
  as_postgres psql -q -p "$port" -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

export TEST_POSTGRES_URL="postgresql://$role:$password@127.0.0.1:$port/$database"
"$@"
