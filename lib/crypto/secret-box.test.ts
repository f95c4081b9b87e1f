import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("secret box", () => {
  it("round-trips and never contains the plaintext", () => {
    const secret = "sk_test_abcdefghijklmnopqrstuvwxyz012345";
    const sealed = sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(sealed).toMatch(/^v1\./);
    expect(openSecret(sealed)).toBe(secret);
    expect(sealSecret(secret)).not.toBe(sealed);
  });

  it("detects tampering", () => {
    const sealed = sealSecret("sk_test_value_value_value_value");
    const parts = sealed.split(".");
    parts[2] = Buffer.from("something else entirely").toString("base64url");
    expect(() => openSecret(parts.join("."))).toThrow();
  });
});
