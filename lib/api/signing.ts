// Plugipay request signing (contract §2), shared by the server's verification, the SDK, the
// benchmark and the tests. Pure functions: no clock, no database.
import { EMPTY_BODY_SHA256, hmacSha256Hex, sha256Hex } from "../crypto/hash";

export const AUTHORIZATION_SCHEME = "Plugipay-HMAC-SHA256";
export const TIMESTAMP_HEADER = "X-Plugipay-Timestamp";
export const MAX_CLOCK_SKEW_SECONDS = 300;

export type SignableRequest = {
  method: string;
  /** The request target exactly as sent: path plus raw query string. */
  path: string;
  timestamp: string | number;
  body?: string | Uint8Array;
  idempotencyKey?: string;
};

export function bodyHash(body: string | Uint8Array | undefined): string {
  if (body === undefined || body.length === 0) return EMPTY_BODY_SHA256;
  return sha256Hex(body);
}

export function stringToSign(request: SignableRequest): string {
  const lines = [request.method.toUpperCase(), request.path, String(request.timestamp), bodyHash(request.body)];
  if (request.idempotencyKey !== undefined) lines.push(request.idempotencyKey);
  return lines.join("\n");
}

export function signRequest(secret: string, request: SignableRequest): string {
  return hmacSha256Hex(secret, stringToSign(request));
}

export function authorizationHeader(keyId: string, signature: string): string {
  return `${AUTHORIZATION_SCHEME} keyId=${keyId}, scope=*, signature=${signature}`;
}

/** Headers a client sends for a signed request. */
export function signedHeaders(
  credentials: { keyId: string; secret: string },
  request: SignableRequest,
): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: authorizationHeader(credentials.keyId, signRequest(credentials.secret, request)),
    [TIMESTAMP_HEADER]: String(request.timestamp),
  };
  if (request.idempotencyKey !== undefined) headers["Idempotency-Key"] = request.idempotencyKey;
  return headers;
}

/**
 * Parses `Plugipay-HMAC-SHA256 keyId=…, scope=*, signature=…`. Returns null when the header is not
 * of that form (the caller answers invalid_key).
 */
export function parseAuthorization(header: string | null): { keyId: string; signature: string } | null {
  if (!header) return null;
  const match = /^Plugipay-HMAC-SHA256 +(.+)$/.exec(header.trim());
  if (!match?.[1]) return null;
  const params = new Map<string, string>();
  for (const part of match[1].split(",")) {
    const separator = part.indexOf("=");
    if (separator <= 0) return null;
    const name = part.slice(0, separator).trim();
    if (params.has(name)) return null;
    params.set(name, part.slice(separator + 1).trim());
  }
  const keyId = params.get("keyId");
  const signature = params.get("signature");
  const scope = params.get("scope");
  if (!keyId || !signature || (scope !== undefined && scope !== "*")) return null;
  if (!/^pk_(test|live)_[A-Za-z0-9]+$/.test(keyId)) return null;
  return { keyId, signature: signature.toLowerCase() };
}
