// POST /portal/<id>/session — exchanges the URL's #t token (sent as JSON) for the portal cookie
// (docs/api.md §7.4): the doors, the failed-exchange limits and the token, in that order, as
// lib/portal/enter-with-token.ts runs them for both of the portal's entries.
import "server-only";
import { cookies } from "next/headers";
import { JSON_TOKEN, enterWithToken } from "@/lib/portal/enter-with-token";
import { PORTAL_COOKIE_NAME } from "@/lib/portal/portal-cookie";
import { allowedPortalOrigins } from "@/lib/portal/portal-hosts";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }): Promise<Response> {
  const { sessionId } = await params;
  const outcome = await enterWithToken(sessionId, request, JSON_TOKEN, await allowedPortalOrigins(sessionId));
  if (!outcome.ok) {
    const retryAfter: Record<string, string> = outcome.reason === "rate_limited" ? { "Retry-After": String(outcome.retryAfterSeconds) } : {};
    return Response.json({ reason: outcome.reason }, { status: outcome.status, headers: { ...retryAfter, "Cache-Control": "no-store" } });
  }
  (await cookies()).set(PORTAL_COOKIE_NAME, outcome.cookieValue, outcome.cookieOptions);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
