// What the proxy does for /portal/… requests: security headers with a fresh CSP nonce, and the
// HTTP 410 for an expired link that has no live cookie (contract §7).
import { env } from "../env";
import { findExpiredPortalLink } from "./portal-access";
import { PORTAL_COOKIE_NAME } from "./portal-cookie";
import { expiredPortalPage } from "./expired-page";
import { newCspNonce, portalSecurityHeaders } from "./security-headers";

export type PortalProxyDecision =
  | { kind: "continue"; nonce: string; headers: Record<string, string> }
  | { kind: "gone"; html: string; headers: Record<string, string> };

export async function decidePortalRequest(input: { method: string; pathname: string; cookieValue: string | undefined }): Promise<PortalProxyDecision> {
  const nonce = newCspNonce();
  const headers = portalSecurityHeaders(nonce, { isDevelopment: env().nodeEnv === "development" });
  const sessionId = /^\/portal\/([^/]+)/.exec(input.pathname)?.[1];
  if (input.method === "GET" && sessionId) {
    const expired = await findExpiredPortalLink(decodeURIComponent(sessionId), input.cookieValue);
    if (expired) return { kind: "gone", headers, html: expiredPortalPage({ ...expired, nonce }) };
  }
  return { kind: "continue", nonce, headers };
}

export { PORTAL_COOKIE_NAME };
