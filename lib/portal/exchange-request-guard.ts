// Which token-exchange requests may reach the token at all (docs/api.md §7.4): JSON only, from the
// portal's own origin. Checked before the token is looked at, so a refused try never burns it.
// A cross-site form or `fetch(…, { mode: "no-cors" })` can send only text/plain, form or multipart
// bodies, so requiring application/json already forces a CORS preflight this app never answers; the
// Origin and Sec-Fetch-Site checks also refuse same-site pages (another subdomain) that could.

export type ExchangeRefusal = { status: 403 | 415; reason: "unsupported_media_type" | "cross_origin" };

export function refuseExchangeRequest(headers: Headers, allowedOrigins: readonly string[]): ExchangeRefusal | null {
  const mediaType = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") return { status: 415, reason: "unsupported_media_type" };
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return { status: 403, reason: "cross_origin" };
  const origin = normalizedOrigin(headers.get("origin"));
  if (!origin || !allowedOrigins.some((allowed) => normalizedOrigin(allowed) === origin)) return { status: 403, reason: "cross_origin" };
  return null;
}

/** `scheme://host[:port]` as the URL standard serializes it (lowercase host, default port dropped), or null. */
function normalizedOrigin(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}
