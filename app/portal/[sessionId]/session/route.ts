// POST /portal/<id>/session — exchanges the URL's #t token (sent in the body) for the portal cookie.
import { cookies } from "next/headers";
import { z } from "zod";
import { exchangePortalToken } from "@/lib/portal/exchange-portal-token";
import { PORTAL_COOKIE_NAME, portalCookieOptions } from "@/lib/portal/portal-cookie";

export const dynamic = "force-dynamic";

const ExchangeBody = z.object({ token: z.string().min(1).max(4096) }).strict();
const STATUS_BY_REASON = { invalid: 403, used: 403, expired: 410 } as const;

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }): Promise<Response> {
  const { sessionId } = await params;
  const parsed = ExchangeBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ reason: "invalid" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const outcome = await exchangePortalToken(sessionId, parsed.data.token);
  if (!outcome.ok) {
    return Response.json({ reason: outcome.reason }, { status: STATUS_BY_REASON[outcome.reason], headers: { "Cache-Control": "no-store" } });
  }
  const isHttps = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  (await cookies()).set(PORTAL_COOKIE_NAME, outcome.cookieValue, portalCookieOptions(sessionId, outcome.absoluteExpiresAt, isHttps));
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
