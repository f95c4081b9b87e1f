// HSTS on every https response (docs/api.md §7.6). A request is https when its URL's scheme is
// (`next start` derives that scheme from X-Forwarded-Proto, or from the socket's TLS when there is
// no such header) or when X-Forwarded-Proto says https. The header is trusted as the TLS-terminating
// proxy sets it; a client forging it over plain http only earns an HSTS header that browsers ignore
// on insecure responses (RFC 6797 §8.1), and a Secure cookie its browser will not send back over http.
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** @param {string} url @param {{ get(name: string): string | null }} headers */
export function isHttpsRequest(url, headers) {
  if (new URL(url).protocol === "https:") return true;
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwardedProto === "https";
}

/** @param {string} url @param {{ get(name: string): string | null }} headers */
export function strictTransportSecurityHeaders(url, headers) {
  return isHttpsRequest(url, headers) ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {};
}
