// Runs before routing.
// - Everything it matches: a path with malformed percent-encoding is 400 and a method the app does
//   not serve is 405 (Next.js would answer both with a 500), and https responses carry HSTS.
// - API: Next re-serialises the query string it hands to route handlers (a space sent as %20
//   arrives as +), but a request signature covers the target exactly as sent (docs/api.md §2). With
//   skipProxyUrlNormalize (next.config.mjs) this proxy still sees the raw target and passes it on in
//   a header that it always overwrites, so a client cannot choose it.
// - Portal: security headers with a per-request CSP nonce, custom domains serving only their own
//   workspace's sessions, server-action checks, 410 for expired links and the link's front door
//   (lib/portal/portal-proxy.ts).
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { errorBody, jsonResponse } from "@/lib/api/envelope";
import { REQUEST_TARGET_HEADER, requestTarget } from "@/lib/api/request-target";
import { allowedMethods, refuseRequestLine } from "@/lib/http/request-line-gate.mjs";
import { strictTransportSecurityHeaders } from "@/lib/http/strict-transport-security.mjs";
import { PORTAL_COOKIE_NAME, SIGNED_OUT_COOKIE_NAME, decidePortalRequest, portalRefusalHeaders } from "@/lib/portal/portal-proxy";

export async function proxy(request: NextRequest): Promise<Response> {
  const target = requestTarget(request.url);
  const path = target.split("?")[0] ?? "/";
  const isPortal = path === "/portal" || path.startsWith("/portal/");
  const transport = strictTransportSecurityHeaders(request.url, request.headers);
  const refusal = refuseRequestLine(request.method, target, isPortal ? "portal" : "api");
  if (!isPortal) {
    if (refusal) {
      const requestId = newId("request");
      const error = new AppError(refusal.status === 400 ? "VALIDATION_ERROR" : "method_not_allowed", refusal.message);
      const allow: Record<string, string> = refusal.status === 405 ? { Allow: allowedMethods("api") } : {};
      return jsonResponse(refusal.status, errorBody(requestId, error), { ...transport, ...allow, "X-Request-Id": requestId });
    }
    const headers = new Headers(request.headers);
    headers.set(REQUEST_TARGET_HEADER, target);
    return withHeaders(NextResponse.next({ request: { headers } }), transport);
  }
  if (refusal) {
    const allow: Record<string, string> = refusal.status === 405 ? { Allow: allowedMethods("portal") } : {};
    return textResponse(refusal.status, refusal.message, { ...portalRefusalHeaders(), ...transport, ...allow });
  }
  const decision = await decidePortalRequest(request, {
    pathname: request.nextUrl.pathname,
    cookieValue: request.cookies.get(PORTAL_COOKIE_NAME)?.value,
    wasSignedOut: request.cookies.get(SIGNED_OUT_COOKIE_NAME)?.value === "1",
  });
  if (decision.kind === "respond") {
    return new NextResponse(decision.body, {
      status: decision.status,
      headers: { ...decision.headers, ...transport, "Content-Type": decision.contentType, "Cache-Control": "no-store" },
    });
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", decision.nonce);
  headers.set("Content-Security-Policy", decision.headers["Content-Security-Policy"] ?? "");
  const entered = decision.enteredCookie;
  // The front door's form entry: the page rendered for this very request sees the cookie it sets.
  if (entered) headers.set("cookie", [request.headers.get("cookie"), `${PORTAL_COOKIE_NAME}=${entered.value}`].filter(Boolean).join("; "));
  const response = withHeaders(NextResponse.next({ request: { headers } }), { ...decision.headers, ...transport });
  if (entered) response.cookies.set(PORTAL_COOKIE_NAME, entered.value, entered.options);
  return response;
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function textResponse(status: number, body: string, headers: Record<string, string>): Response {
  return new NextResponse(body, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

// The API's part runs only without the production server in front: scripts/serve.mjs does the same
// for the API itself and marks the request (x-plugipay-front-server), which keeps this proxy step off
// the API's hot path. A client sending that header to another server only skips checks that protect
// the client's own requests: the signed target must still name the served path (lib/api/request-target.ts).
export const config = {
  matcher: [
    { source: "/v1/:path*", missing: [{ type: "header", key: "x-plugipay-front-server" }] },
    { source: "/api/v1/:path*", missing: [{ type: "header", key: "x-plugipay-front-server" }] },
    "/portal/:path*",
  ],
};
