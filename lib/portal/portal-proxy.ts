// What the proxy does for /portal/… requests (docs/api.md §7.6): security headers with a fresh CSP
// nonce on everything it answers or passes on; 404 for another workspace's session on a merchant's
// custom domain; 403/400 for server actions Next.js would answer with a 500; the HTTP 410 for an
// expired link that has no live cookie; the link's front door (front-door-page.ts) for a document
// request of the session's own path without a live cookie; and that front door's form entry
// (front-door-entry.ts), which exchanges the token and passes the request on with the new cookie.
import "server-only";
import { env } from "../env";
import { findSignedOutPortalLink } from "./portal-access";
import { PORTAL_COOKIE_NAME, SIGNED_OUT_COOKIE_NAME } from "./portal-cookie";
import { expiredPortalPage } from "./expired-page";
import { decideFrontDoorEntry, isFrontDoorEntry, type EnteredCookie } from "./front-door-entry";
import { frontDoorPage } from "./front-door-page";
import { negotiateLocale } from "./negotiate-locale";
import { isPortalSessionServedOnHost } from "./portal-hosts";
import { newCspNonce, portalSecurityHeaders } from "./security-headers";
import { refuseServerAction } from "./server-action-gate";

export type PortalProxyDecision =
  /** To the App Router; `enteredCookie` is the cookie the front door's form entry just created. */
  | { kind: "continue"; nonce: string; headers: Record<string, string>; enteredCookie?: EnteredCookie }
  | { kind: "respond"; status: number; contentType: string; body: string; headers: Record<string, string> };

export type PortalRequestInput = {
  pathname: string;
  cookieValue: string | undefined;
  /** The signing-out marker is set (signed-out.ts): the signed-out page, not the front door. */
  wasSignedOut: boolean;
};

export async function decidePortalRequest(request: Request, input: PortalRequestInput): Promise<PortalProxyDecision> {
  const nonce = newCspNonce();
  const headers = portalSecurityHeaders(nonce, { isDevelopment: env().nodeEnv === "development" });
  const text = (status: number, body: string): PortalProxyDecision => ({ kind: "respond", status, contentType: "text/plain; charset=utf-8", body, headers });
  const html = (status: number, body: string): PortalProxyDecision => ({ kind: "respond", status, contentType: "text/html; charset=utf-8", body, headers });
  const match = /^\/portal\/([^/]+)(\/.*)?$/.exec(input.pathname);
  const sessionId = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
  if (sessionId && !(await isPortalSessionServedOnHost(sessionId, request.headers.get("host")))) return text(404, "Not found");
  const actionRefusal = await refuseServerAction(request);
  if (actionRefusal) return text(actionRefusal.status, actionRefusal.message);
  if (sessionId && isFrontDoorEntry(request, match?.[2])) {
    const entry = await decideFrontDoorEntry(request, { portalSessionId: sessionId, cookieValue: input.cookieValue, nonce });
    if (entry.kind === "continue") return { kind: "continue", nonce, headers, enteredCookie: entry.enteredCookie };
    return { kind: "respond", status: entry.status, contentType: "text/html; charset=utf-8", body: entry.body, headers: { ...headers, ...entry.headers } };
  }
  if (request.method !== "GET" || !sessionId) return { kind: "continue", nonce, headers };
  // The link lands on the session's own path (docs/api.md §7.2), in a browser holding no cookie for
  // it: a link works once, so a browser with this session's cookie has used its link already. A
  // client navigation (an RSC request) and a signed-out browser are the layout's.
  const isFrontDoor = match?.[2] === undefined && input.cookieValue === undefined && !input.wasSignedOut && !isRscRequest(request);
  const link = await findSignedOutPortalLink(sessionId, input.cookieValue, { onlyIfExpired: !isFrontDoor });
  if (!link) return { kind: "continue", nonce, headers };
  const locale = negotiateLocale(request.headers.get("accept-language"));
  if (link.isExpired) return html(410, expiredPortalPage({ ...link, nonce, locale }));
  return html(200, frontDoorPage({ ...link, nonce, locale }));
}

/** Next.js's own requests for a page's payload (client navigation, prefetch) rather than a document. */
function isRscRequest(request: Request): boolean {
  return request.headers.has("rsc") || request.headers.has("next-router-prefetch") || new URL(request.url).searchParams.has("_rsc");
}

/** The portal's security headers for an answer the proxy gives before looking at the session. */
export function portalRefusalHeaders(): Record<string, string> {
  return portalSecurityHeaders(newCspNonce(), { isDevelopment: env().nodeEnv === "development" });
}

export { PORTAL_COOKIE_NAME, SIGNED_OUT_COOKIE_NAME };
