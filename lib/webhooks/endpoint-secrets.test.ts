import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "../crypto/secret-box";
import { newEndpointSecret, PREVIOUS_SECRET_GRACE_MS, signingSecretsOf } from "./endpoint-secrets";

describe("endpoint secrets", () => {
  it("are whsec_ followed by 32 random base64url characters", () => {
    const first = newEndpointSecret();
    expect(first).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(newEndpointSecret()).not.toBe(first);
  });

  it("sign with the current secret, plus the previous one until it expires", () => {
    const rotatedAt = new Date("2026-05-12T10:00:00.000Z");
    const endpoint = {
      secretCiphertext: sealSecret("whsec_new"),
      previousSecretCiphertext: sealSecret("whsec_old"),
      previousSecretExpiresAt: new Date(rotatedAt.getTime() + PREVIOUS_SECRET_GRACE_MS),
    };
    expect(PREVIOUS_SECRET_GRACE_MS).toBe(24 * 60 * 60 * 1000);
    expect(signingSecretsOf(endpoint, rotatedAt)).toEqual(["whsec_new", "whsec_old"]);
    expect(signingSecretsOf(endpoint, new Date(rotatedAt.getTime() + PREVIOUS_SECRET_GRACE_MS - 1))).toEqual(["whsec_new", "whsec_old"]);
    expect(signingSecretsOf(endpoint, new Date(rotatedAt.getTime() + PREVIOUS_SECRET_GRACE_MS))).toEqual(["whsec_new"]);
    expect(signingSecretsOf(endpoint, new Date(rotatedAt.getTime() + 2 * PREVIOUS_SECRET_GRACE_MS))).toEqual(["whsec_new"]);
  });

  it("sign with the current secret alone when none was rotated out", () => {
    const sealed = sealSecret("whsec_only");
    expect(openSecret(sealed)).toBe("whsec_only");
    expect(signingSecretsOf({ secretCiphertext: sealed, previousSecretCiphertext: null, previousSecretExpiresAt: null }, new Date())).toEqual(["whsec_only"]);
  });
});
