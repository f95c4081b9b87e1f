// HMAC request authentication (contract §2).
import { AppError } from "../errors";
import { nowEpochSeconds } from "../clock";
import { safeEqual } from "../crypto/hash";
import { findActiveApiKey, touchApiKey, type ActiveApiKey } from "../api-keys/find-active-api-key";
import { MAX_CLOCK_SKEW_SECONDS, TIMESTAMP_HEADER, parseAuthorization, signRequest } from "./signing";

export type AuthenticatedKey = ActiveApiKey;

export async function authenticate(input: {
  method: string;
  target: string;
  headers: Headers;
  rawBody: Uint8Array;
}): Promise<AuthenticatedKey> {
  const authorization = parseAuthorization(input.headers.get("authorization"));
  if (!authorization) {
    throw new AppError(
      "invalid_key",
      "Missing or malformed Authorization header; expected 'Plugipay-HMAC-SHA256 keyId=<key id>, scope=*, signature=<hex>'",
    );
  }
  const timestamp = input.headers.get(TIMESTAMP_HEADER);
  if (timestamp === null || !/^\d{1,12}$/.test(timestamp.trim())) {
    throw new AppError("invalid_timestamp", `${TIMESTAMP_HEADER} must be the request time in Unix epoch seconds`);
  }
  const skew = Math.abs(nowEpochSeconds() - Number(timestamp.trim()));
  if (skew > MAX_CLOCK_SKEW_SECONDS) {
    throw new AppError("timestamp_skew", `${TIMESTAMP_HEADER} is more than ${MAX_CLOCK_SKEW_SECONDS} seconds from server time`);
  }
  const key = await findActiveApiKey(authorization.keyId);
  if (!key) throw new AppError("invalid_key", "Unknown or revoked API key");
  const idempotencyKey = input.headers.get("idempotency-key");
  const expected = signRequest(key.secret, {
    method: input.method,
    path: input.target,
    timestamp: timestamp.trim(),
    body: input.rawBody,
    idempotencyKey: idempotencyKey ?? undefined,
  });
  if (!safeEqual(expected, authorization.signature)) {
    throw new AppError("invalid_signature", "The signature does not match the request");
  }
  await touchApiKey(key);
  return key;
}
