// One token exchange, the way both of the portal's entries run it (docs/api.md §7.4): the request's
// doors (media type, origin) first, then the failed-exchange limits, then the token; nothing before
// the token's own check can burn it. The entries differ only in how the token travels: JSON to
// POST /portal/<id>/session (the route), or the front door's form to POST /portal/<id> (the proxy,
// front-door-entry.ts, docs/decisions/0018-front-door-form-entry.md).
import "server-only";
import { z } from "zod";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { isHttpsRequest } from "../http/strict-transport-security.mjs";
import { exchangePortalToken } from "./exchange-portal-token";
import { FORM_TOKEN_FIELD } from "./front-door-page";
import { refuseExchangeRequest, type ExchangeMediaType } from "./exchange-request-guard";
import { beginTokenExchangeAttempt } from "./portal-rate-limits";
import { portalCookieOptions, type PortalCookieOptions } from "./portal-cookie";

export type TokenEntryRefusal =
  | { status: 400 | 403; reason: "invalid" }
  | { status: 403; reason: "used" | "cross_origin" }
  | { status: 410; reason: "expired" }
  | { status: 415; reason: "unsupported_media_type" }
  | { status: 429; reason: "rate_limited"; retryAfterSeconds: number };

export type TokenEntryOutcome = { ok: true; cookieValue: string; cookieOptions: PortalCookieOptions } | ({ ok: false } & TokenEntryRefusal);

export type TokenCarrier = {
  mediaType: ExchangeMediaType;
  /** The token from the body, or null when the body is not exactly what this entry sends. */
  readToken: (request: Request) => Promise<string | null>;
};

const MAX_TOKEN_LENGTH = 4096;
const MAX_BODY_BYTES = 2 * MAX_TOKEN_LENGTH;

/** `allowedOrigins`: the session's exchange origins (portal-hosts.ts), read by the caller. */
export async function enterWithToken(
  portalSessionId: string,
  request: Request,
  carrier: TokenCarrier,
  allowedOrigins: readonly string[],
): Promise<TokenEntryOutcome> {
  const refusal = refuseExchangeRequest(request.headers, allowedOrigins, carrier.mediaType);
  if (refusal) return { ok: false, ...refusal };
  const attempt = await beginTokenExchangeAttempt(portalSessionId, clientAddress(request, env().trustedProxyHops));
  if (!attempt.allowed) return { ok: false, status: 429, reason: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };
  // Either body is one short field: a longer one is refused before it is read.
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  const token = declaredLength > MAX_BODY_BYTES ? null : await carrier.readToken(request);
  if (token === null || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { ok: false, status: 400, reason: "invalid" };
  const outcome = await exchangePortalToken(portalSessionId, token);
  if (!outcome.ok) {
    if (outcome.reason === "expired") return { ok: false, status: 410, reason: "expired" };
    return outcome.reason === "used" ? { ok: false, status: 403, reason: "used" } : { ok: false, status: 403, reason: "invalid" };
  }
  await attempt.succeeded();
  const cookieOptions = portalCookieOptions(portalSessionId, outcome.absoluteExpiresAt, isHttpsRequest(request.url, request.headers));
  return { ok: true, cookieValue: outcome.cookieValue, cookieOptions };
}

/** `{"token": "<t>"}` and nothing else: what POST /portal/<id>/session takes. */
const JsonTokenBody = z.object({ token: z.string() }).strict();

export const JSON_TOKEN: TokenCarrier = {
  mediaType: "application/json",
  readToken: async (request) => {
    const parsed = JsonTokenBody.safeParse(await request.json().catch(() => null));
    return parsed.success ? parsed.data.token : null;
  },
};

/** A form body of exactly the front door's one field. */
export const FORM_TOKEN: TokenCarrier = {
  mediaType: "application/x-www-form-urlencoded",
  readToken: async (request) => {
    const text = await request.text().catch(() => null);
    if (text === null || text.length > MAX_BODY_BYTES) return null;
    const fields = [...new URLSearchParams(text)];
    return fields.length === 1 && fields[0]?.[0] === FORM_TOKEN_FIELD ? fields[0][1] : null;
  },
};
