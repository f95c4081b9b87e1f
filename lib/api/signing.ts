// Plugipay request signing (docs/api.md §2): the SDK's signer (lib/sdk/sign-request.ts), which the
// server verifies with, the benchmark and the tests sign with; and the server's parsing of the header.
export { TIMESTAMP_HEADER, authorizationHeader, bodyHash, signRequest, signedHeaders, stringToSign } from "../sdk/sign-request";

export const MAX_CLOCK_SKEW_SECONDS = 300;

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
