// Which token-exchange requests may reach the token at all (docs/api.md §7.4): the entry's own media
// type, from the portal's own origin. Checked before the token is looked at, so a refused try never
// burns it. The Origin check is what refuses another site's form (login CSRF, which would sign a
// victim into the attacker's portal session): every browser sends Origin with a POST, a missing one
// is refused, and Sec-Fetch-Site, where sent, must say same-origin, which also refuses same-site
// pages (another subdomain). For the JSON route, application/json additionally forces a CORS
// preflight this app never answers.

export type ExchangeRefusal = { status: 415; reason: "unsupported_media_type" } | { status: 403; reason: "cross_origin" };

/** The JSON route's body, or the front door's form (docs/decisions/0018-front-door-form-entry.md). */
export type ExchangeMediaType = "application/json" | "application/x-www-form-urlencoded";

/** The request's Content-Type without its parameters, lowercase ("" when there is none). */
export function mediaTypeOf(headers: Headers): string {
  return (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function refuseExchangeRequest(headers: Headers, allowedOrigins: readonly string[], expected: ExchangeMediaType): ExchangeRefusal | null {
  if (mediaTypeOf(headers) !== expected) return { status: 415, reason: "unsupported_media_type" };
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
