// Plugipay request signing (docs/api.md §2), exactly as the official SDKs sign. The server verifies
// with these same functions (lib/api/signing.ts re-exports them). Pure: no clock, no database.
import { createHash, createHmac } from "node:crypto";

const AUTHORIZATION_SCHEME = "Plugipay-HMAC-SHA256";
export const TIMESTAMP_HEADER = "X-Plugipay-Timestamp";

export type SignableRequest = {
  method: string;
  /** The request target exactly as sent: path plus raw query string. */
  path: string;
  timestamp: string | number;
  body?: string | Uint8Array;
  idempotencyKey?: string;
};

/** Lowercase hex SHA-256 of the body; no body hashes as the empty string. */
export function bodyHash(body: string | Uint8Array | undefined): string {
  return createHash("sha256")
    .update(body ?? "")
    .digest("hex");
}

export function stringToSign(request: SignableRequest): string {
  const lines = [request.method.toUpperCase(), request.path, String(request.timestamp), bodyHash(request.body)];
  if (request.idempotencyKey !== undefined) lines.push(request.idempotencyKey);
  return lines.join("\n");
}

export function signRequest(secret: string, request: SignableRequest): string {
  return createHmac("sha256", secret).update(stringToSign(request)).digest("hex");
}

export function authorizationHeader(keyId: string, signature: string): string {
  return `${AUTHORIZATION_SCHEME} keyId=${keyId}, scope=*, signature=${signature}`;
}

/** Headers a client sends for a signed request. */
export function signedHeaders(credentials: { keyId: string; secret: string }, request: SignableRequest): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: authorizationHeader(credentials.keyId, signRequest(credentials.secret, request)),
    [TIMESTAMP_HEADER]: String(request.timestamp),
  };
  if (request.idempotencyKey !== undefined) headers["Idempotency-Key"] = request.idempotencyKey;
  return headers;
}
