// Runs before routing. Next re-serialises the query string it hands to route handlers (a space sent
// as %20 arrives as +), but a request signature covers the target exactly as sent (contract §2).
// With skipProxyUrlNormalize (next.config.mjs) this proxy still sees the raw target and passes it
// on in a header that it always overwrites, so a client cannot choose it.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_TARGET_HEADER, requestTarget } from "@/lib/api/request-target";

export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_TARGET_HEADER, requestTarget(request.url));
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/v1/:path*", "/api/v1/:path*"] };
