import { describe, expect, it } from "vitest";
import { hashPortalToken, signPortalToken, verifyPortalToken } from "./portal-token";

const issuedAt = new Date("2026-05-12T10:42:00.000Z");
const expiresAt = new Date("2026-05-12T10:57:00.000Z");

describe("portal token", () => {
  it("is a JWS that verifies for its own session only", async () => {
    const token = await signPortalToken({ portalSessionId: "ps_A", issuedAt, expiresAt });
    expect(token.split(".")).toHaveLength(3);
    expect(await verifyPortalToken(token, "ps_A")).toBe(true);
    expect(await verifyPortalToken(token, "ps_B")).toBe(false);
  });

  it("is unique per session even when minted in the same second", async () => {
    const first = await signPortalToken({ portalSessionId: "ps_A", issuedAt, expiresAt });
    const second = await signPortalToken({ portalSessionId: "ps_A", issuedAt, expiresAt });
    expect(first).not.toBe(second);
    expect(hashPortalToken(first)).not.toBe(hashPortalToken(second));
  });

  it("refuses a tampered or foreign token", async () => {
    const token = await signPortalToken({ portalSessionId: "ps_A", issuedAt, expiresAt });
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "ps_A", iss: "plugipay-portal" })).toString("base64url");
    expect(await verifyPortalToken(`${header}.${forgedPayload}.${signature}`, "ps_A")).toBe(false);
    expect(await verifyPortalToken(`${header}.${payload}.${signature.slice(0, -2)}AA`, "ps_A")).toBe(false);
    expect(await verifyPortalToken("not-a-token", "ps_A")).toBe(false);
  });

  it("stores a SHA-256 hex hash, never the token", async () => {
    const token = await signPortalToken({ portalSessionId: "ps_A", issuedAt, expiresAt });
    expect(hashPortalToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
