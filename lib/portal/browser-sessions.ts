// The cookie session a browser holds for one portal session after the token exchange: stored
// server-side (only a hash of the cookie value), 30 minutes idle, 4 hours at most, revocable.
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma, type DatabaseClient } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { sha256Hex } from "../crypto/hash";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 4 * 60 * 60 * 1000;
/** Idle expiry is extended at most once a minute, so page views do not all write. */
const TOUCH_RESOLUTION_MS = 60 * 1000;

export async function startBrowserSession(db: DatabaseClient, portalSessionId: string): Promise<{ cookieValue: string; absoluteExpiresAt: Date }> {
  const cookieValue = randomBytes(32).toString("base64url");
  const current = now();
  const absoluteExpiresAt = new Date(current.getTime() + ABSOLUTE_TIMEOUT_MS);
  await db.portalBrowserSession.create({
    data: {
      id: newId("portalBrowserSession"),
      portalSessionId,
      secretHash: sha256Hex(cookieValue),
      lastUsedAt: current,
      idleExpiresAt: new Date(current.getTime() + IDLE_TIMEOUT_MS),
      absoluteExpiresAt,
    },
  });
  return { cookieValue, absoluteExpiresAt };
}

/** The live browser session for this cookie value and portal session, extending its idle expiry. */
export async function findLiveBrowserSession(portalSessionId: string, cookieValue: string | undefined) {
  if (!cookieValue) return null;
  const current = now();
  const session = await prisma.portalBrowserSession.findUnique({ where: { secretHash: sha256Hex(cookieValue) } });
  if (
    !session ||
    session.portalSessionId !== portalSessionId ||
    session.revokedAt ||
    session.idleExpiresAt <= current ||
    session.absoluteExpiresAt <= current
  ) {
    return null;
  }
  if (current.getTime() - session.lastUsedAt.getTime() >= TOUCH_RESOLUTION_MS) {
    await prisma.portalBrowserSession.updateMany({
      where: { id: session.id, revokedAt: null },
      data: {
        lastUsedAt: current,
        idleExpiresAt: new Date(Math.min(current.getTime() + IDLE_TIMEOUT_MS, session.absoluteExpiresAt.getTime())),
      },
    });
  }
  return session;
}

export async function revokeBrowserSession(portalSessionId: string, cookieValue: string | undefined): Promise<void> {
  if (!cookieValue) return;
  await prisma.portalBrowserSession.updateMany({
    where: { secretHash: sha256Hex(cookieValue), portalSessionId, revokedAt: null },
    data: { revokedAt: now() },
  });
}
