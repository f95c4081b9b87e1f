// The browser-session cookie: httpOnly, SameSite=Lax, scoped to one portal session's path, Secure
// on https. Its value is random; the server keeps only a hash.
export const PORTAL_COOKIE_NAME = "plugipay_portal";

/** The marker signing out leaves on the same path (signed-out.ts); the proxy lets such a browser see the signed-out page. */
export const SIGNED_OUT_COOKIE_NAME = "plugipay_signed_out";

export type PortalCookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: string;
  expires: Date;
};

export function portalCookiePath(portalSessionId: string): string {
  return `/portal/${portalSessionId}`;
}

export function portalCookieOptions(portalSessionId: string, expires: Date, isHttps: boolean): PortalCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: isHttps, path: portalCookiePath(portalSessionId), expires };
}
