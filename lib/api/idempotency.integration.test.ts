// Idempotency-Key (docs/api.md §5).
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, now, resetClock } from "../clock";
import { sha256Hex } from "../crypto/hash";
import { callApi } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";

const RETURN_URL = "https://app.acme.com/account";

afterEach(() => resetClock());

describe("idempotency", () => {
  it("replays the stored status and body without minting again", async () => {
    const workspace = await createTestWorkspace();
    const call = {
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_replay_1",
      body: { customerId: workspace.customerId, returnUrl: RETURN_URL },
    };
    const first = await callApi(call);
    const second = await callApi(call);
    expect(first.status).toBe(201);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.text).toBe(first.text);
    expect(second.headers.get("X-Request-Id")).toBe(first.json.meta.requestId);
    expect(await prisma.portalSession.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
  });

  it("treats /v1 and /api/v1 as the same path", async () => {
    const workspace = await createTestWorkspace();
    const body = { customerId: workspace.customerId, returnUrl: RETURN_URL };
    const first = await callApi({ key: workspace.key, path: "/v1/portal-sessions", idempotencyKey: "idem_alias", body });
    const second = await callApi({ key: workspace.key, path: "/api/v1/portal-sessions", idempotencyKey: "idem_alias", body });
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.text).toBe(first.text);
  });

  it("409 idempotency_mismatch when the key comes back with another body", async () => {
    const workspace = await createTestWorkspace();
    await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_mismatch",
      body: { customerId: workspace.customerId, returnUrl: RETURN_URL },
    });
    const result = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_mismatch",
      body: { customerId: workspace.customerId, returnUrl: "https://other.example.com" },
    });
    expect(result.status).toBe(409);
    expect(result.json.error?.code).toBe("idempotency_mismatch");
  });

  it("409 idempotency_in_progress while the first request is still running", async () => {
    const workspace = await createTestWorkspace();
    const body = JSON.stringify({ customerId: workspace.customerId, returnUrl: RETURN_URL });
    await prisma.idempotencyRecord.create({
      data: {
        id: "idem_running",
        workspaceId: workspace.workspaceId,
        mode: "test",
        key: "idem_in_progress",
        fingerprint: sha256Hex(`POST\n/portal-sessions\n${sha256Hex(body)}`),
        state: "in_progress",
        lockedUntil: new Date(now().getTime() + 30_000),
        expiresAt: new Date(now().getTime() + 86_400_000),
      },
    });
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", idempotencyKey: "idem_in_progress", rawBody: body });
    expect(result.status).toBe(409);
    expect(result.json.error?.code).toBe("idempotency_in_progress");
  });

  it("does not store validation failures", async () => {
    const workspace = await createTestWorkspace();
    const invalid = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_fix_and_retry",
      body: { customerId: workspace.customerId, returnUrl: "http://insecure.example" },
    });
    expect(invalid.status).toBe(400);
    const fixed = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_fix_and_retry",
      body: { customerId: workspace.customerId, returnUrl: RETURN_URL },
    });
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("replays a stored 404 too", async () => {
    const workspace = await createTestWorkspace();
    const call = {
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_404",
      body: { customerId: "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z", returnUrl: RETURN_URL },
    };
    expect((await callApi(call)).status).toBe(404);
    const replay = await callApi(call);
    expect(replay.status).toBe(404);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("scopes keys by workspace", async () => {
    const first = await createTestWorkspace();
    const second = await createTestWorkspace();
    const a = await callApi({
      key: first.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_shared",
      body: { customerId: first.customerId, returnUrl: RETURN_URL },
    });
    const b = await callApi({
      key: second.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_shared",
      body: { customerId: second.customerId, returnUrl: RETURN_URL },
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("forgets a key after 24 hours", async () => {
    const workspace = await createTestWorkspace();
    const call = {
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_day",
      body: { customerId: workspace.customerId, returnUrl: RETURN_URL },
    };
    const first = await callApi(call);
    advanceClock(24 * 60 * 60 * 1000 + 1000);
    const later = await callApi(call);
    expect(later.status).toBe(201);
    expect(later.headers.get("Idempotent-Replayed")).toBeNull();
    expect((later.json.data as { id: string }).id).not.toBe((first.json.data as { id: string }).id);
  });

  it("400 for an Idempotency-Key that is empty, too long or not printable ASCII", async () => {
    const workspace = await createTestWorkspace();
    for (const idempotencyKey of ["x".repeat(256), "idem\u0001bad"]) {
      const result = await callApi({
        key: workspace.key,
        path: "/v1/portal-sessions",
        idempotencyKey,
        body: { customerId: workspace.customerId, returnUrl: RETURN_URL },
      });
      expect(result.status).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "Idempotency-Key" });
    }
  });
});

describe("stored responses", () => {
  it("keep no portal token in plain text", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_sealed",
      body: { customerId: workspace.customerId, returnUrl: RETURN_URL },
    });
    const token = (result.json.data as { url: string }).url.split("#t=")[1]!;
    const record = await prisma.idempotencyRecord.findFirstOrThrow({ where: { workspaceId: workspace.workspaceId, key: "idem_sealed" } });
    expect(record.responseBody).not.toContain(token);
    expect(record.responseBody).not.toContain("portal-session");
  });
});
