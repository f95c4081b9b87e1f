#!/usr/bin/env bash
# plugipay_curl METHOD PATH [JSON_BODY] — a signed request to the Plugipay API (docs/api.md §2).
#   PLUGIPAY_KEY_ID, PLUGIPAY_KEY_SECRET  the key pair (npm start prints the demo one)
#   PLUGIPAY_BASE_URL                     default http://localhost:3000
#   PLUGIPAY_IDEMPOTENCY_KEY              optional; sent and signed as the fifth line
#   PLUGIPAY_ON_BEHALF_OF                 optional acc_… for platform keys
# Source it to get the plugipay_curl function, or run it directly with the same arguments.
# Extra curl options may follow the body, e.g. -i to see headers.
plugipay_curl() {
  local method="${1:?method}" path="${2:?path}" body="${3-}"
  shift $(( $# < 3 ? $# : 3 ))
  : "${PLUGIPAY_KEY_ID:?set PLUGIPAY_KEY_ID}" "${PLUGIPAY_KEY_SECRET:?set PLUGIPAY_KEY_SECRET}"
  local base="${PLUGIPAY_BASE_URL:-http://localhost:3000}"
  local timestamp body_hash string_to_sign signature
  timestamp=$(date +%s)
  body_hash=$(printf '%s' "$body" | openssl dgst -sha256 -hex | sed 's/^.*= //')
  string_to_sign=$(printf '%s\n%s\n%s\n%s' "$method" "$path" "$timestamp" "$body_hash")
  if [ -n "${PLUGIPAY_IDEMPOTENCY_KEY-}" ]; then
    string_to_sign=$(printf '%s\n%s' "$string_to_sign" "$PLUGIPAY_IDEMPOTENCY_KEY")
  fi
  signature=$(printf '%s' "$string_to_sign" | openssl dgst -sha256 -hmac "$PLUGIPAY_KEY_SECRET" -hex | sed 's/^.*= //')
  local args=(-sS -X "$method" "$base$path"
    -H "Accept: application/json"
    -H "Authorization: Plugipay-HMAC-SHA256 keyId=$PLUGIPAY_KEY_ID, scope=*, signature=$signature"
    -H "X-Plugipay-Timestamp: $timestamp")
  [ -n "${PLUGIPAY_IDEMPOTENCY_KEY-}" ] && args+=(-H "Idempotency-Key: $PLUGIPAY_IDEMPOTENCY_KEY")
  [ -n "${PLUGIPAY_ON_BEHALF_OF-}" ] && args+=(-H "X-Plugipay-On-Behalf-Of: $PLUGIPAY_ON_BEHALF_OF")
  [ -n "$body" ] && args+=(-H "Content-Type: application/json" --data-binary "$body")
  curl "${args[@]}" "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  plugipay_curl "$@"
  echo
fi
