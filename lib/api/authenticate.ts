// HMAC request authentication (docs/api.md §2). The signature is compared with every spelling of
// the target that the URL parser would have read as the one served (lib/api/target-spellings.ts),
// in constant time each; failures count against a bucket per key and client address, and once it is
// spent every signature, right or wrong, waits (lib/api/signature-failure-limit.ts).
import { AppError } from "../errors";
import { nowEpochSeconds } from "../clock";
import { hmacSha256Hex, safeEqual } from "../crypto/hash";
import { findActiveApiKeyWithBucket, touchApiKey, type ActiveApiKey } from "../api-keys/find-active-api-key";
import { MAX_CLOCK_SKEW_SECONDS, TIMESTAMP_HEADER, parseAuthorization, stringToSign } from "./signing";
import { checkSignatureLimit, recordSignatureFailure, signatureFailureBucketKey } from "./signature-failure-limit";
import { targetSpellings } from "./target-spellings";

export type AuthenticatedKey = ActiveApiKey;

/**
 * The official SDKs can send a dashboard key as `Authorization: Bearer …`; there is no dashboard here,
 * so such a request is told how to sign instead (docs/api.md §2.6).
 */
const BEARER_KEYS_REFUSED =
  "Bearer keys are not accepted here; sign each request with HMAC-SHA256 (Authorization: Plugipay-HMAC-SHA256 keyId=<key id>, scope=*, signature=<hex>, with X-Plugipay-Timestamp) as described in docs/api.md §2";

export type AuthenticationInput = { method: string; target: string; headers: Headers; rawBody: Uint8Array; clientAddress: string };

export async function authenticate(input: AuthenticationInput): Promise<AuthenticatedKey> {
  const header = input.headers.get("authorization");
  if (header !== null && /^\s*bearer(\s|$)/i.test(header)) throw new AppError("invalid_key", BEARER_KEYS_REFUSED);
  const authorization = parseAuthorization(header);
  if (!authorization) {
    throw new AppError("invalid_key", "Missing or malformed Authorization header; expected 'Plugipay-HMAC-SHA256 keyId=<key id>, scope=*, signature=<hex>'");
  }
  const timestamp = input.headers.get(TIMESTAMP_HEADER);
  if (timestamp === null || !/^\d{1,12}$/.test(timestamp.trim())) {
    throw new AppError("invalid_timestamp", `${TIMESTAMP_HEADER} must be the request time in Unix epoch seconds`);
  }
  const skew = Math.abs(nowEpochSeconds() - Number(timestamp.trim()));
  if (skew > MAX_CLOCK_SKEW_SECONDS) {
    throw new AppError("timestamp_skew", `${TIMESTAMP_HEADER} is more than ${MAX_CLOCK_SKEW_SECONDS} seconds from server time`);
  }
  // One statement: the key, its workspace, and its failed-signature bucket for this address.
  const { key, bucket } = await findActiveApiKeyWithBucket(authorization.keyId, signatureFailureBucketKey(authorization.keyId, input.clientAddress));
  if (!key) throw new AppError("invalid_key", "Unknown or revoked API key");
  const matches = signatureMatches(key.secret, authorization.signature, input, timestamp.trim());
  const limit = matches ? checkSignatureLimit(key.keyId, input.clientAddress, bucket) : await recordSignatureFailure(key.keyId, input.clientAddress);
  if (!limit.allowed) {
    throw new AppError("rate_limited", "Too many failed signatures for this key from this address; retry after the number of seconds in Retry-After", {
      details: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  }
  if (!matches) throw new AppError("invalid_signature", "The signature does not match the request");
  await touchApiKey(key);
  return key;
}

/** The string to sign (docs/api.md §2.3, the SDK's own function) with each spelling of the target in its second line; the body is hashed once. */
function signatureMatches(secret: string, signature: string, input: AuthenticationInput, timestamp: string): boolean {
  const idempotencyKey = input.headers.get("idempotency-key") ?? undefined;
  const [method, , ...rest] = stringToSign({ method: input.method, path: input.target, timestamp, body: input.rawBody, idempotencyKey }).split("\n");
  let matched = false;
  for (const target of targetSpellings(input.target)) {
    // Every spelling is compared, so the time taken does not say which one matched.
    if (safeEqual(hmacSha256Hex(secret, [method, target, ...rest].join("\n")), signature)) matched = true;
  }
  return matched;
}
