// What the proxy does for /portal/… requests (docs/api.md §7.6): security headers with a fresh CSP
// nonce on everything it answers or passes on; 404 for another workspace's session on a merchant's
// custom domain; 403/400 for server actions Next.js would answer with a 500; and the HTTP 410 for
// an expired link that has no live cookie.
import "server-only";
import { env } from "../env";
import { findExpiredPortalLink } from "./portal-access";
import { PORTAL_COOKIE_NAME } from "./portal-cookie";
import { expiredPortalPage } from "./expired-page";
import { negotiateLocale } from "./negotiate-locale";
import { isPortalSessionServedOnHost } from "./portal-hosts";
import { newCspNonce, portalSecurityHeaders } from "./security-headers";
import { refuseServerAction } from "./server-action-gate";

export type PortalProxyDecision =
  | { kind: "continue"; nonce: string; headers: Record<string, string> }
  | { kind: "respond"; status: number; contentType: string; body: string; headers: Record<string, string> };

export async function decidePortalRequest(request: Request, input: { pathname: string; cookieValue: string | undefined }): Promise<PortalProxyDecision> {
  const nonce = newCspNonce();
  const headers = portalSecurityHeaders(nonce, { isDevelopment: env().nodeEnv === "development" });
  const text = (status: number, body: string): PortalProxyDecision => ({ kind: "respond", status, contentType: "text/plain; charset=utf-8", body, headers });
  const encodedId = /^\/portal\/([^/]+)/.exec(input.pathname)?.[1];
  const sessionId = encodedId === undefined ? undefined : decodeURIComponent(encodedId);
  if (sessionId && !(await isPortalSessionServedOnHost(sessionId, request.headers.get("host")))) return text(404, "Not found");
  const actionRefusal = await refuseServerAction(request);
  if (actionRefusal) return text(actionRefusal.status, actionRefusal.message);
  if (request.method === "GET" && sessionId) {
    const expired = await findExpiredPortalLink(sessionId, input.cookieValue);
    if (expired) {
      return {
        kind: "respond",
        status: 410,
        contentType: "text/html; charset=utf-8",
        body: expiredPortalPage({ ...expired, nonce, locale: negotiateLocale(request.headers.get("accept-language")) }),
        headers,
      };
    }
  }
  return { kind: "continue", nonce, headers };
}

/** The portal's security headers for an answer the proxy gives before looking at the session. */
export function portalRefusalHeaders(): Record<string, string> {
  return portalSecurityHeaders(newCspNonce(), { isDevelopment: env().nodeEnv === "development" });
}

export { PORTAL_COOKIE_NAME };
