// The one-time exchange of a portal URL's #t token for a browser session (docs/api.md §7).
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { safeEqual } from "../crypto/hash";
import { hashPortalToken, verifyPortalToken } from "./portal-token";
import { startBrowserSession } from "./browser-sessions";

export type ExchangeOutcome = { ok: true; cookieValue: string; absoluteExpiresAt: Date } | { ok: false; reason: "invalid" | "expired" | "used" };

export async function exchangePortalToken(portalSessionId: string, token: string): Promise<ExchangeOutcome> {
  const session = await prisma.portalSession.findUnique({
    where: { id: portalSessionId },
    select: { id: true, tokenHash: true, expiresAt: true },
  });
  if (!session || !safeEqual(session.tokenHash, hashPortalToken(token))) return { ok: false, reason: "invalid" };
  if (!(await verifyPortalToken(token, portalSessionId))) return { ok: false, reason: "invalid" };
  const current = now();
  if (session.expiresAt <= current) return { ok: false, reason: "expired" };
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.portalSession.updateMany({
      where: { id: portalSessionId, exchangedAt: null },
      data: { exchangedAt: current },
    });
    if (claimed.count !== 1) return { ok: false as const, reason: "used" as const };
    const browserSession = await startBrowserSession(tx, portalSessionId);
    return { ok: true as const, ...browserSession };
  });
}
