// The front door's form entry (docs/api.md §7.4, docs/decisions/0018-front-door-form-entry.md): the
// front door's script posts the token as the one field of a form to the session's own path, and the
// proxy exchanges it and passes the same request on, now carrying the new cookie, so the answer to
// that one navigation is the billing page itself (one round trip fewer than posting the token and
// then loading the page). A refusal is answered here, as the front door showing its message.
import "server-only";
import { findSignedOutPortalLink } from "./portal-access";
import { FORM_TOKEN, enterWithToken } from "./enter-with-token";
import { mediaTypeOf } from "./exchange-request-guard";
import { expiredPortalPage } from "./expired-page";
import { frontDoorPage, type FrontDoorRefusal } from "./front-door-page";
import { negotiateLocale } from "./negotiate-locale";
import type { PortalCookieOptions } from "./portal-cookie";

/** The cookie a successful entry created, for the request passed on and for the response. */
export type EnteredCookie = { value: string; options: PortalCookieOptions };

export type FrontDoorEntryDecision =
  { kind: "continue"; enteredCookie?: EnteredCookie } | { kind: "respond"; status: number; body: string; headers: Record<string, string> };

/** A form post of the session's own path that is not a server action: what the front door's script submits. */
export function isFrontDoorEntry(request: Request, pathUnderSession: string | undefined): boolean {
  const isForm = mediaTypeOf(request.headers) === FORM_TOKEN.mediaType;
  return request.method === "POST" && pathUnderSession === undefined && !request.headers.has("next-action") && isForm;
}

export async function decideFrontDoorEntry(
  request: Request,
  input: { portalSessionId: string; cookieValue: string | undefined; nonce: string },
): Promise<FrontDoorEntryDecision> {
  // A browser holding this session's cookie has used the link already (a reload that posts the form
  // again lands here): the page decides what that cookie still opens. An unknown id is the app's 404.
  if (input.cookieValue !== undefined) return { kind: "continue" };
  const link = await findSignedOutPortalLink(input.portalSessionId, undefined, { onlyIfExpired: false });
  if (!link) return { kind: "continue" };
  const outcome = await enterWithToken(input.portalSessionId, request, FORM_TOKEN, link.exchangeOrigins);
  if (outcome.ok) return { kind: "continue", enteredCookie: { value: outcome.cookieValue, options: outcome.cookieOptions } };
  const locale = negotiateLocale(request.headers.get("accept-language"));
  if (outcome.reason === "expired") return { kind: "respond", status: 410, body: expiredPortalPage({ ...link, nonce: input.nonce, locale }), headers: {} };
  const headers: Record<string, string> = outcome.reason === "rate_limited" ? { "Retry-After": String(outcome.retryAfterSeconds) } : {};
  const refusal: FrontDoorRefusal = outcome.reason === "used" || outcome.reason === "rate_limited" ? outcome.reason : "invalid";
  const body = frontDoorPage({ ...link, nonce: input.nonce, locale, refusal });
  return { kind: "respond", status: outcome.status, body, headers };
}
