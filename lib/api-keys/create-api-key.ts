import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import { newId } from "../ids";
import { sealSecret } from "../crypto/secret-box";
import type { Mode } from "../tenancy";
import { isValidScope } from "./scopes";

export type CreatedApiKey = { id: string; keyId: string; secret: string; scopes: string[]; mode: Mode };

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Mints a key pair for a workspace. The secret is returned once and stored only encrypted. */
export async function createApiKey(input: { workspaceId: string; mode: Mode; name: string; scopes: string[] }): Promise<CreatedApiKey> {
  for (const scope of input.scopes) if (!isValidScope(scope)) throw new Error(`Invalid scope ${scope}`);
  const keyId = `pk_${input.mode}_${randomAlphanumeric(24)}`;
  const secret = `sk_${input.mode}_${randomAlphanumeric(32)}`;
  const record = await prisma.apiKey.create({
    data: {
      id: newId("apiKey"),
      workspaceId: input.workspaceId,
      keyId,
      mode: input.mode,
      name: input.name,
      scopes: JSON.stringify(input.scopes),
      secretCiphertext: sealSecret(secret),
    },
  });
  return { id: record.id, keyId, secret, scopes: input.scopes, mode: input.mode };
}

function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length * 2);
  let result = "";
  for (const byte of bytes) {
    if (byte >= 248) continue; // 248 = 62 * 4: keep the distribution uniform
    result += ALPHANUMERIC[byte % 62];
    if (result.length === length) break;
  }
  return result.length === length ? result : result + randomAlphanumeric(length - result.length);
}
