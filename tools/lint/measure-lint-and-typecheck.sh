#!/usr/bin/env bash
# Type-check with TypeScript 7 (the app's tsc) and TypeScript 6 (the one typescript-eslint uses), and
# lint with and without the type-aware rules: each run 3 times, interleaved, medians of wall-clock
# and CPU (user + system) seconds. Figures: docs/decisions/0008-lint-and-typescript-versions.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=3
declare -A walls cpus

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

measure() { # name command…
  local name=$1 wall user system
  shift
  /usr/bin/time -o "$timing" -f '%e %U %S' "$@" >/dev/null 2>&1 || true # lint fails while violations remain
  read -r wall user system < <(tail -n 1 "$timing")
  walls[$name]+="$wall "
  cpus[$name]+="$(echo "$user + $system" | bc) "
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

for _ in $(seq "$runs"); do
  measure "tsc 7.0.2 --noEmit" node_modules/.bin/tsc --noEmit --incremental false
  measure "tsc 6.0.3 --noEmit" tools/lint/node_modules/.bin/tsc --noEmit --incremental false -p tsconfig.json
done
for _ in $(seq "$runs"); do
  measure "eslint, type-aware rules" node_modules/.bin/eslint --max-warnings=0 .
  measure "eslint, no type-aware rules" node_modules/.bin/eslint --max-warnings=0 -c tools/lint/without-type-aware.config.mjs .
done

printf '%-30s %12s %12s   %s\n' "command" "wall (s)" "CPU (s)" "runs (wall)"
for name in "tsc 7.0.2 --noEmit" "tsc 6.0.3 --noEmit" "eslint, type-aware rules" "eslint, no type-aware rules"; do
  printf '%-30s %12s %12s   %s\n' "$name" "$(median "${walls[$name]}")" "$(median "${cpus[$name]}")" "${walls[$name]}"
done
