import { prisma } from "../db";
import { openSecret } from "../crypto/secret-box";
import { now } from "../clock";
import type { Mode } from "../tenancy";

export type ActiveApiKey = {
  id: string;
  keyId: string;
  mode: Mode;
  scopes: string[];
  secret: string;
  lastUsedAt: Date | null;
  workspace: { id: string; accountId: string; isPlatform: boolean };
};

const LAST_USED_RESOLUTION_MS = 60_000;

/** The key with this key id, unless unknown or revoked; its secret decrypted for verification. */
export async function findActiveApiKey(keyId: string): Promise<ActiveApiKey | null> {
  const record = await prisma.apiKey.findUnique({
    where: { keyId },
    include: { workspace: { select: { id: true, accountId: true, isPlatform: true } } },
  });
  if (!record || record.revokedAt) return null;
  return {
    id: record.id,
    keyId: record.keyId,
    mode: record.mode === "live" ? "live" : "test",
    scopes: JSON.parse(record.scopes) as string[],
    secret: openSecret(record.secretCiphertext),
    lastUsedAt: record.lastUsedAt,
    workspace: record.workspace,
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
