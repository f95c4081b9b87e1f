// The API key a signed request names (docs/api.md §2), read on every request in one statement with
// its workspace and, when asked, one token bucket (the key's failed-signature bucket for this client
// address, lib/api/signature-failure-limit.ts): no key is cached in process memory, so a revocation
// applies to the very next request on every instance.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { queryRows } from "../database/direct-statements";
import { openSecret } from "../crypto/secret-box";
import { now } from "../clock";
import type { Mode } from "../tenancy";
import type { BucketRow } from "../rate-limits/peek-rate-limit-token";

export type ActiveApiKey = {
  id: string;
  keyId: string;
  mode: Mode;
  scopes: string[];
  secret: string;
  lastUsedAt: Date | null;
  workspace: { id: string; accountId: string; isPlatform: boolean };
};

type KeyRow = {
  id: string;
  keyId: string;
  mode: string;
  scopes: string;
  secretCiphertext: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  workspaceId: string;
  accountId: string;
  isPlatform: boolean;
  bucketTokens: number | null;
  bucketRefilledAtMs: number | null;
};

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The key with this key id, unless unknown or revoked (its secret decrypted for verification), and
 * the named token bucket's row (null when it does not exist yet), in one statement.
 */
export async function findActiveApiKeyWithBucket(keyId: string, bucketKey: string): Promise<{ key: ActiveApiKey | null; bucket: BucketRow | null }> {
  const [row] = await queryRows<KeyRow>(Prisma.sql`
    SELECT k."id", k."keyId", k."mode", k."scopes", k."secretCiphertext", k."lastUsedAt", k."revokedAt",
           w."id" AS "workspaceId", w."accountId", w."isPlatform",
           b."tokens" AS "bucketTokens", b."refilledAtMs" AS "bucketRefilledAtMs"
    FROM "ApiKey" k
    JOIN "Workspace" w ON w."id" = k."workspaceId"
    LEFT JOIN "RateLimitBucket" b ON b."key" = ${bucketKey}
    WHERE k."keyId" = ${keyId}`);
  if (!row || row.revokedAt) return { key: null, bucket: null };
  const bucket =
    row.bucketTokens === null || row.bucketRefilledAtMs === null ? null : { tokens: Number(row.bucketTokens), refilledAtMs: Number(row.bucketRefilledAtMs) };
  return {
    key: {
      id: row.id,
      keyId: row.keyId,
      mode: row.mode === "live" ? "live" : "test",
      scopes: JSON.parse(row.scopes) as string[],
      secret: openSecret(row.secretCiphertext),
      lastUsedAt: row.lastUsedAt === null ? null : new Date(row.lastUsedAt),
      workspace: { id: row.workspaceId, accountId: row.accountId, isPlatform: Boolean(row.isPlatform) },
    },
    bucket,
  };
}

/** Records use of a key, at most once a minute so that hot keys do not write on every request. */
export async function touchApiKey(key: Pick<ActiveApiKey, "id" | "lastUsedAt">): Promise<void> {
  const current = now();
  if (key.lastUsedAt && current.getTime() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  const id = key.id;
  await prisma.apiKey.updateMany({
    where: {
      id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(current.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: current },
  });
}
