// POST /portal/<id>/session — exchanges the URL's #t token (sent in the body) for the portal cookie.
// In this order (docs/api.md §7.4): JSON from the portal's own origin, then the failed-exchange
// limits, then the token; nothing before the token's own check can burn it.
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { isHttpsRequest } from "@/lib/http/strict-transport-security.mjs";
import { exchangePortalToken } from "@/lib/portal/exchange-portal-token";
import { refuseExchangeRequest } from "@/lib/portal/exchange-request-guard";
import { allowedPortalOrigins } from "@/lib/portal/portal-hosts";
import { beginTokenExchangeAttempt } from "@/lib/portal/portal-rate-limits";
import { PORTAL_COOKIE_NAME, portalCookieOptions } from "@/lib/portal/portal-cookie";

export const dynamic = "force-dynamic";

const ExchangeBody = z.object({ token: z.string().min(1).max(4096) }).strict();
const STATUS_BY_REASON = { invalid: 403, used: 403, expired: 410 } as const;

function reply(status: number, reason: string, headers: Record<string, string> = {}): Response {
  return Response.json({ reason }, { status, headers: { ...headers, "Cache-Control": "no-store" } });
}

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }): Promise<Response> {
  const { sessionId } = await params;
  const refusal = refuseExchangeRequest(request.headers, await allowedPortalOrigins(sessionId));
  if (refusal) return reply(refusal.status, refusal.reason);
  const attempt = await beginTokenExchangeAttempt(sessionId, clientAddress(request, env().trustedProxyHops));
  if (!attempt.allowed) return reply(429, "rate_limited", { "Retry-After": String(attempt.retryAfterSeconds) });
  const parsed = ExchangeBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return reply(400, "invalid");
  const outcome = await exchangePortalToken(sessionId, parsed.data.token);
  if (!outcome.ok) return reply(STATUS_BY_REASON[outcome.reason], outcome.reason);
  await attempt.succeeded();
  const isHttps = isHttpsRequest(request.url, request.headers);
  (await cookies()).set(PORTAL_COOKIE_NAME, outcome.cookieValue, portalCookieOptions(sessionId, outcome.absoluteExpiresAt, isHttps));
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
