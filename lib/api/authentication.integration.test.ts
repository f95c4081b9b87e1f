// HMAC authentication failures (docs/api.md §2), all 401 with the envelope.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { nowEpochSeconds, resetClock } from "../clock";
import { authorizationHeader, signRequest } from "./signing";
import { buildSignedRequest, callApi, sendRaw } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";

const RETURN_URL = "https://app.acme.com/account";

afterEach(() => resetClock());

async function mintRequest(overrides: Partial<Parameters<typeof buildSignedRequest>[0]> = {}) {
  const workspace = await createTestWorkspace();
  return {
    workspace,
    call: { key: workspace.key, path: "/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL }, ...overrides },
  };
}

describe("authentication", () => {
  it("401 invalid_key without an Authorization header", async () => {
    const result = await sendRaw(new Request("http://localhost/v1/portal-sessions", { method: "POST", body: "{}" }));
    expect(result.status).toBe(401);
    expect(result.json.error?.code).toBe("invalid_key");
    expect(result.headers.get("X-Request-Id")).toBe(result.json.meta.requestId);
  });

  it("401 invalid_key for a malformed header, an unknown key and a revoked key", async () => {
    const { workspace, call } = await mintRequest();
    const malformed = buildSignedRequest({ ...call, headers: { Authorization: "Bearer sk_test_nope" } });
    expect((await sendRaw(malformed)).json.error?.code).toBe("invalid_key");

    const unknown = await callApi({ ...call, key: { keyId: "pk_test_doesnotexist0000000000", secret: workspace.key.secret } });
    expect(unknown.status).toBe(401);
    expect(unknown.json.error?.code).toBe("invalid_key");

    await prisma.apiKey.update({ where: { keyId: workspace.key.keyId }, data: { revokedAt: new Date() } });
    const revoked = await callApi(call);
    expect(revoked.status).toBe(401);
    expect(revoked.json.error?.code).toBe("invalid_key");
  });

  it("401 invalid_key for a Bearer dashboard key, with a message that says to sign with HMAC", async () => {
    const { call } = await mintRequest();
    for (const authorization of ["Bearer pk_test_abc123", "bearer pk_live_xyz", "Bearer"]) {
      const result = await sendRaw(buildSignedRequest({ ...call, headers: { Authorization: authorization } }));
      expect(result.status).toBe(401);
      expect(result.json.error?.code).toBe("invalid_key");
      expect(result.json.error?.message).toMatch(/Bearer keys are not accepted.*HMAC-SHA256/);
    }
  });

  it("401 invalid_timestamp when the timestamp is missing or not an integer", async () => {
    const { call } = await mintRequest();
    const missing = buildSignedRequest(call);
    missing.headers.delete("X-Plugipay-Timestamp");
    expect((await sendRaw(missing)).json.error?.code).toBe("invalid_timestamp");
    for (const timestamp of ["1747046520.5", "soon", "-1"]) {
      const result = await callApi({ ...call, timestamp });
      expect(result.status).toBe(401);
      expect(result.json.error?.code).toBe("invalid_timestamp");
    }
  });

  it("401 timestamp_skew beyond 300 s either way, and accepts 300 s", async () => {
    const { call } = await mintRequest();
    for (const offset of [-301, 301, -3600]) {
      const result = await callApi({ ...call, timestamp: nowEpochSeconds() + offset });
      expect(result.status).toBe(401);
      expect(result.json.error?.code).toBe("timestamp_skew");
    }
    expect((await callApi({ ...call, timestamp: nowEpochSeconds() - 299 })).status).toBe(201);
    expect((await callApi({ ...call, timestamp: nowEpochSeconds() + 299 })).status).toBe(201);
  });

  it("401 invalid_signature for a tampered body, path, method, timestamp or idempotency key", async () => {
    const { workspace, call } = await mintRequest();
    const signed = buildSignedRequest(call);
    const headers = new Headers(signed.headers);

    const tamperedBody = JSON.stringify({ customerId: workspace.customerId, returnUrl: "https://evil.example.com" });
    const bodyResult = await sendRaw(new Request("http://localhost/v1/portal-sessions", { method: "POST", headers, body: tamperedBody }));
    expect(bodyResult.status).toBe(401);
    expect(bodyResult.json.error?.code).toBe("invalid_signature");

    const original = JSON.stringify(call.body);
    const pathResult = await sendRaw(new Request("http://localhost/api/v1/portal-sessions", { method: "POST", headers, body: original }));
    expect(pathResult.json.error?.code).toBe("invalid_signature");

    const shifted = new Headers(headers);
    shifted.set("X-Plugipay-Timestamp", String(Number(headers.get("X-Plugipay-Timestamp")) + 1));
    const timestampResult = await sendRaw(new Request("http://localhost/v1/portal-sessions", { method: "POST", headers: shifted, body: original }));
    expect(timestampResult.json.error?.code).toBe("invalid_signature");

    const withUnsignedKey = new Headers(headers);
    withUnsignedKey.set("Idempotency-Key", "idem_added_after_signing");
    const idempotencyResult = await sendRaw(new Request("http://localhost/v1/portal-sessions", { method: "POST", headers: withUnsignedKey, body: original }));
    expect(idempotencyResult.json.error?.code).toBe("invalid_signature");
  });

  it("401 invalid_signature when signed with another key's secret", async () => {
    const { call } = await mintRequest();
    const other = await createTestWorkspace();
    const result = await callApi({ ...call, key: { keyId: call.key.keyId, secret: other.key.secret } });
    expect(result.json.error?.code).toBe("invalid_signature");
  });

  it("verifies the raw query string exactly as sent", async () => {
    const { workspace } = await mintRequest();
    const path = "/v1/portal-sessions?b=2&a=1&note=a%20b";
    const timestamp = nowEpochSeconds();
    const body = JSON.stringify({ customerId: workspace.customerId, returnUrl: RETURN_URL });
    const sign = (signedPath: string) =>
      new Request(`http://localhost${path}`, {
        method: "POST",
        body,
        headers: {
          Authorization: authorizationHeader(workspace.key.keyId, signRequest(workspace.key.secret, { method: "POST", path: signedPath, timestamp, body })),
          "X-Plugipay-Timestamp": String(timestamp),
          "Content-Type": "application/json",
        },
      });
    expect((await sendRaw(sign(path))).status).toBe(201);
    expect((await sendRaw(sign("/v1/portal-sessions?a=1&b=2&note=a%20b"))).json.error?.code).toBe("invalid_signature");
    expect((await sendRaw(sign("/v1/portal-sessions"))).json.error?.code).toBe("invalid_signature");
  });

  it("records when a key was last used", async () => {
    const { workspace, call } = await mintRequest();
    await callApi(call);
    const key = await prisma.apiKey.findUniqueOrThrow({ where: { keyId: workspace.key.keyId } });
    expect(key.lastUsedAt).not.toBeNull();
  });
});
