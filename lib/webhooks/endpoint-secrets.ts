// Webhook endpoint signing secrets: `whsec_` + 32 random base64url characters, stored sealed
// (lib/crypto/secret-box). After a rotation the previous secret stays valid for 24 hours, and
// deliveries are signed with both so receivers can switch without dropping events.
import "server-only";
import { randomBytes } from "node:crypto";
import { openSecret } from "../crypto/secret-box";

export const SECRET_PREFIX = "whsec_";
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

export function newEndpointSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString("base64url"); // 24 bytes → 32 characters
}

export type SealedEndpointSecrets = {
  secretCiphertext: string;
  previousSecretCiphertext: string | null;
  previousSecretExpiresAt: Date | null;
};

/** The secrets to sign a delivery with at `at`: the current one first, then the previous one while unexpired. */
export function signingSecretsOf(endpoint: SealedEndpointSecrets, at: Date): string[] {
  const secrets = [openSecret(endpoint.secretCiphertext)];
  if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > at.getTime()) {
    secrets.push(openSecret(endpoint.previousSecretCiphertext));
  }
  return secrets;
}
