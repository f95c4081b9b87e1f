// Idempotency-Key records (docs/api.md §5): a key in a workspace and mode remembers the first
// request's fingerprint and, once it finished, its status and body for 24 hours.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { executeStatement, queryRows } from "../database/direct-statements";
import { now } from "../clock";
import { newId } from "../ids";
import { AppError } from "../errors";
import { openSecret, sealSecret } from "../crypto/secret-box";
import type { Tenant } from "../tenancy";

const RETENTION_MS = 24 * 60 * 60 * 1000;
/** A request that has not finished after this long is presumed dead and its key may be reused. */
const IN_PROGRESS_LOCK_MS = 60 * 1000;

export type IdempotencyOutcome = { kind: "started"; recordId: string } | { kind: "replay"; status: number; body: string };

export async function beginIdempotentRequest(tenant: Tenant, key: string, fingerprint: string): Promise<IdempotencyOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = now();
    // A key seen for the first time (the common case) is recorded in one statement.
    const recordId = await insertRecord(tenant, key, fingerprint, current);
    if (recordId) return { kind: "started", recordId };
    const existing = await prisma.idempotencyRecord.findUnique({
      where: { workspaceId_mode_key: { workspaceId: tenant.workspaceId, mode: tenant.mode, key } },
    });
    if (!existing) continue; // expired and deleted meanwhile: insert again
    if (existing.expiresAt <= current) {
      await prisma.idempotencyRecord.deleteMany({ where: { id: existing.id, expiresAt: existing.expiresAt } });
      continue;
    }
    if (existing.fingerprint !== fingerprint) {
      throw new AppError("idempotency_mismatch", "This Idempotency-Key was already used with a different request (method, path or body)");
    }
    if (existing.state === "completed" && existing.responseStatus !== null && existing.responseBody !== null) {
      return { kind: "replay", status: existing.responseStatus, body: openSecret(existing.responseBody) };
    }
    if (existing.lockedUntil > current) {
      throw new AppError("idempotency_in_progress", "A request with this Idempotency-Key is still being processed");
    }
    const takenOver = await prisma.idempotencyRecord.updateMany({
      where: { id: existing.id, state: "in_progress", lockedUntil: existing.lockedUntil },
      data: { lockedUntil: new Date(current.getTime() + IN_PROGRESS_LOCK_MS) },
    });
    if (takenOver.count === 1) return { kind: "started", recordId: existing.id };
  }
  throw new AppError("idempotency_in_progress", "A request with this Idempotency-Key is still being processed");
}

export async function completeIdempotentRequest(recordId: string, status: number, body: string): Promise<void> {
  // Sealed: a stored response may carry a portal URL's token or a webhook secret.
  await executeStatement(Prisma.sql`
    UPDATE "IdempotencyRecord" SET "state" = 'completed', "responseStatus" = ${status}, "responseBody" = ${sealSecret(body)}
    WHERE "id" = ${recordId}`);
}

/** Inserts the in-progress record unless the key already has one; its id, or null on a conflict. */
async function insertRecord(tenant: Tenant, key: string, fingerprint: string, current: Date): Promise<string | null> {
  const id = newId("idempotencyRecord");
  const inserted = await queryRows<{ id: string }>(Prisma.sql`
    INSERT INTO "IdempotencyRecord" ("id", "workspaceId", "mode", "key", "fingerprint", "state", "lockedUntil", "expiresAt", "createdAt")
    VALUES (${id}, ${tenant.workspaceId}, ${tenant.mode}, ${key}, ${fingerprint}, 'in_progress',
            ${new Date(current.getTime() + IN_PROGRESS_LOCK_MS)}, ${new Date(current.getTime() + RETENTION_MS)}, ${current})
    ON CONFLICT ("workspaceId", "mode", "key") DO NOTHING
    RETURNING "id"`);
  return inserted[0]?.id ?? null;
}

/** Forgets a request whose result must not be replayed (a server error): the key may be retried. */
export async function abandonIdempotentRequest(recordId: string): Promise<void> {
  await prisma.idempotencyRecord.deleteMany({ where: { id: recordId, state: "in_progress" } });
}

export async function deleteExpiredIdempotencyRecords(): Promise<number> {
  const result = await prisma.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now() } } });
  return result.count;
}
