// Runs before routing.
// - API: Next re-serialises the query string it hands to route handlers (a space sent as %20
//   arrives as +), but a request signature covers the target exactly as sent (contract §2). With
//   skipProxyUrlNormalize (next.config.mjs) this proxy still sees the raw target and passes it on in
//   a header that it always overwrites, so a client cannot choose it.
// - Portal: security headers with a per-request CSP nonce, and 410 for expired links.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_TARGET_HEADER, requestTarget } from "@/lib/api/request-target";
import { PORTAL_COOKIE_NAME, decidePortalRequest } from "@/lib/portal/portal-proxy";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const headers = new Headers(request.headers);
  if (!request.nextUrl.pathname.startsWith("/portal/")) {
    headers.set(REQUEST_TARGET_HEADER, requestTarget(request.url));
    return NextResponse.next({ request: { headers } });
  }
  const decision = await decidePortalRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    cookieValue: request.cookies.get(PORTAL_COOKIE_NAME)?.value,
  });
  if (decision.kind === "gone") {
    return new NextResponse(decision.html, {
      status: 410,
      headers: { ...decision.headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  headers.set("x-nonce", decision.nonce);
  headers.set("Content-Security-Policy", decision.headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(decision.headers)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ["/v1/:path*", "/api/v1/:path*", "/portal/:path*"] };
