// The webhook endpoint API (docs/api.md §8, §10): shapes, the once-shown secret, URL and event rules,
// tenancy, scopes, re-enabling, secret rotation and deletion.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { now } from "../clock";
import { openSecret } from "../crypto/secret-box";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { withPrivateTargetsRefused } from "../testing/private-targets";
import { PREVIOUS_SECRET_GRACE_MS, signingSecretsOf } from "./endpoint-secrets";
import { createEndpoint, seedDelivery } from "./webhooks-api-test-helpers";

const ENDPOINT_FIELDS = [
  "id",
  "accountId",
  "mode",
  "url",
  "events",
  "eventNaming",
  "description",
  "active",
  "status",
  "consecutiveFailures",
  "failingSince",
  "disabledAt",
  "disabledReason",
  "createdAt",
  "updatedAt",
];

describe("webhook endpoints API", () => {
  it("creates an endpoint whose secret is shown once and stored only encrypted", async () => {
    const workspace = await createTestWorkspace();
    const created = await callApi({
      key: workspace.key,
      path: "/api/v1/webhooks",
      body: { url: "https://hooks.example.com/plugipay", events: ["invoice.paid", "customer.updated", "invoice.paid"], description: "Billing sync" },
    });
    expect(created.status).toBe(201);
    const data = created.json.data as Record<string, unknown> & { id: string; secret: string };
    expect(Object.keys(data).sort()).toEqual([...ENDPOINT_FIELDS, "secret"].sort());
    expect(data).toMatchObject({
      accountId: workspace.accountId,
      mode: "test",
      url: "https://hooks.example.com/plugipay",
      events: ["invoice.paid", "customer.updated"],
      eventNaming: "seed",
      description: "Billing sync",
      active: true,
      status: "enabled",
      consecutiveFailures: 0,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
    });
    expect(data.id).toMatch(/^whep_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(data.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);

    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: data.id } });
    expect(row.secretCiphertext).not.toContain(data.secret);
    expect(row.secretCiphertext).not.toContain(data.secret.slice(6));
    expect(openSecret(row.secretCiphertext)).toBe(data.secret);

    const fetched = await callApi({ key: workspace.key, path: `/v1/webhooks/${data.id}` });
    expect(fetched.status).toBe(200);
    expect(Object.keys(fetched.json.data as object).sort()).toEqual([...ENDPOINT_FIELDS].sort());
    const { secret: _secret, ...withoutSecret } = data;
    expect(fetched.json.data).toEqual(withoutSecret);
    expect(fetched.text).not.toContain(data.secret);

    await createEndpoint(workspace.key, { events: ["*"] });
    const listed = await callApi({ key: workspace.key, path: "/v1/webhooks" });
    expect(listed.status).toBe(200);
    expect(listed.json.meta).toMatchObject({ cursor: null, hasMore: false });
    const items = listed.json.data as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    expect(items.map((item) => item.events)).toEqual([["*"], ["invoice.paid", "customer.updated"]]);
    expect(listed.text).not.toContain("secret");
  });

  it("replays a create with the same Idempotency-Key instead of making a second endpoint", async () => {
    const workspace = await createTestWorkspace();
    const call = { key: workspace.key, path: "/v1/webhooks", idempotencyKey: "idem_webhook_1", body: { url: "https://hooks.example.com/a", events: ["*"] } };
    const first = await callApi(call);
    const second = await callApi(call);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.json.data).toEqual(first.json.data);
    expect(await prisma.webhookEndpoint.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
  });

  it("requires https in live mode, and refuses internal hosts in both modes unless private targets are allowed", async () => {
    const workspace = await createTestWorkspace();
    const live = await addKey(workspace, { mode: "live" });
    const internal = [
      "https://127.0.0.1:3907/",
      "https://[::127.0.0.1]/",
      "https://[64:ff9b::127.0.0.1]/",
      "https://100.100.100.200/",
      "https://metadata.google.internal/",
    ];
    await withPrivateTargetsRefused(async () => {
      for (const key of [workspace.key, live]) {
        for (const url of internal) {
          const refused = await callApi({ key, path: "/v1/webhooks", body: { url, events: ["*"] } });
          expect(refused.status, url).toBe(400);
          expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "url" });
          expect(refused.json.error?.message).toMatch(/^url: must not point to/);
        }
      }
      const endpoint = await createEndpoint(workspace.key, { url: "https://hooks.example.com/a" });
      const patched = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/webhooks/${endpoint.id}`, body: { url: "http://localhost:3000/x" } });
      expect(patched.status).toBe(400);
      expect(patched.json.error?.field).toBe("url");
    });
    for (const url of ["http://hooks.example.com/plugipay", "http://127.0.0.1:9"]) {
      const refused = await callApi({ key: live, path: "/v1/webhooks", body: { url, events: ["*"] } });
      expect(refused.status, url).toBe(400);
      expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "url" });
    }
    expect((await createEndpoint(live, { url: "https://hooks.example.com/live" })).mode).toBe("live");
    // This suite runs with WEBHOOK_ALLOW_PRIVATE_TARGETS=1 (vitest.config.ts), as local receivers need.
    for (const url of ["http://127.0.0.1:9", "http://localhost:3000/hooks", "http://[::1]:8080/x", "http://hooks.example.com/x"]) {
      expect((await createEndpoint(workspace.key, { url })).url).toBe(url);
    }
    for (const url of ["/relative", "ftp://example.com/x", "https://user:pass@example.com/x", `https://example.com/${"a".repeat(2048)}`, 42]) {
      const refused = await callApi({ key: workspace.key, path: "/v1/webhooks", body: { url, events: ["*"] } });
      expect(refused.status, String(url)).toBe(400);
      expect(refused.json.error?.field).toBe("url");
    }
    const patched = await callApi({
      key: live,
      method: "PATCH",
      path: `/v1/webhooks/${(await createEndpoint(live)).id}`,
      body: { url: "http://hooks.example.com/x" },
    });
    expect(patched.status).toBe(400);
    expect(patched.json.error?.field).toBe("url");
  });

  it("validates events and refuses unknown fields", async () => {
    const workspace = await createTestWorkspace();
    for (const events of [["invoice.paid", "invoice.exploded"], [], ["*", "invoice.paid"], "invoice.paid", ["plugipay.invoice.paid.v2"]]) {
      const refused = await callApi({ key: workspace.key, path: "/v1/webhooks", body: { url: "https://hooks.example.com/x", events } });
      expect(refused.status, JSON.stringify(events)).toBe(400);
      expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "events" });
    }
    const unknown = await callApi({
      key: workspace.key,
      path: "/v1/webhooks",
      body: { url: "https://hooks.example.com/x", events: ["*"], secret: "whsec_mine" },
    });
    expect(unknown.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "secret" });
    expect(await prisma.webhookEndpoint.count({ where: { workspaceId: workspace.workspaceId } })).toBe(0);
  });

  it("hides endpoints of other workspaces and of the other mode", async () => {
    const owner = await createTestWorkspace();
    const endpoint = await createEndpoint(owner.key);
    const delivery = await seedDelivery(endpoint.id, { attempts: 1 });
    const stranger = await createTestWorkspace();
    const live = await addKey(owner, { mode: "live" });
    for (const key of [stranger.key, live]) {
      for (const [method, path, body] of [
        ["GET", `/v1/webhooks/${endpoint.id}`, undefined],
        ["PATCH", `/v1/webhooks/${endpoint.id}`, { active: false }],
        ["DELETE", `/v1/webhooks/${endpoint.id}`, undefined],
        ["POST", `/v1/webhooks/${endpoint.id}/rotate-secret`, {}],
        ["GET", `/v1/webhooks/${endpoint.id}/deliveries`, undefined],
        ["POST", `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/retry`, {}],
      ] as const) {
        const result = await callApi({ key, method, path, body });
        expect(result.status, `${method} ${path}`).toBe(404);
        expect(result.json.error?.code).toBe("not_found");
      }
      expect((await callApi({ key, path: "/v1/webhooks" })).json.data).toEqual([]);
    }
    const untouched = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(untouched.active).toBe(true);
  });

  it("needs plugipay:webhooks:read and :write", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const other = await addKey(workspace, { scopes: ["plugipay:events:read"] });
    expect((await callApi({ key: other, path: "/v1/webhooks" })).status).toBe(403);
    const reader = await addKey(workspace, { scopes: ["plugipay:webhooks:read"] });
    expect((await callApi({ key: reader, path: "/v1/webhooks" })).status).toBe(200);
    expect((await callApi({ key: reader, path: `/v1/webhooks/${endpoint.id}/deliveries` })).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", "/v1/webhooks", { url: "https://hooks.example.com/x", events: ["*"] }],
      ["PATCH", `/v1/webhooks/${endpoint.id}`, { active: false }],
      ["POST", `/v1/webhooks/${endpoint.id}/rotate-secret`, {}],
      ["DELETE", `/v1/webhooks/${endpoint.id}`, undefined],
    ] as const) {
      const refused = await callApi({ key: reader, method, path, body });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.json.error?.code).toBe("insufficient_scope");
    }
    const writer = await addKey(workspace, { scopes: ["plugipay:webhooks:write"] });
    expect((await callApi({ key: writer, path: `/v1/webhooks/${endpoint.id}` })).status).toBe(403);
    expect((await callApi({ key: writer, method: "PATCH", path: `/v1/webhooks/${endpoint.id}`, body: { description: "x" } })).status).toBe(200);
  });

  it("updates fields, pauses, and re-enables a disabled endpoint with a clean failure streak", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key, { description: "old" });
    const path = `/v1/webhooks/${endpoint.id}`;
    const updated = await callApi({
      key: workspace.key,
      method: "PATCH",
      path,
      body: { url: "https://new.example.com/h", events: ["*", "*"], description: null },
    });
    expect(updated.json.data).toMatchObject({ url: "https://new.example.com/h", events: ["*"], description: null, active: true, status: "enabled" });
    expect(updated.text).not.toContain("secret");

    const paused = await callApi({ key: workspace.key, method: "PATCH", path, body: { active: false } });
    expect(paused.json.data).toMatchObject({ active: false, status: "enabled" });

    const failingSince = new Date(now().getTime() - 30 * 60 * 60 * 1000);
    await prisma.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: {
        active: true,
        status: "disabled",
        consecutiveFailures: 20,
        failingSince,
        disabledAt: now(),
        disabledReason: "20 failed attempts in a row over 24 hours",
      },
    });
    const disabled = await callApi({ key: workspace.key, path });
    expect(disabled.json.data).toMatchObject({
      status: "disabled",
      consecutiveFailures: 20,
      failingSince: failingSince.toISOString(),
      disabledReason: "20 failed attempts in a row over 24 hours",
    });

    const reenabled = await callApi({ key: workspace.key, method: "PATCH", path, body: { active: true } });
    expect(reenabled.status).toBe(200);
    expect(reenabled.json.data).toMatchObject({
      active: true,
      status: "enabled",
      consecutiveFailures: 0,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
    });
    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row).toMatchObject({ active: true, status: "enabled", consecutiveFailures: 0, failingSince: null, disabledAt: null, disabledReason: null });

    const empty = await callApi({ key: workspace.key, method: "PATCH", path, body: {} });
    expect(empty.json.data).toEqual(reenabled.json.data);
  });

  it("rotates the secret and keeps the previous one valid for 24 hours", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const rotated = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/rotate-secret`, body: {} });
    expect(rotated.status).toBe(200);
    const data = rotated.json.data as { id: string; secret: string };
    expect(Object.keys(data).sort()).toEqual([...ENDPOINT_FIELDS, "secret"].sort());
    expect(data.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(data.secret).not.toBe(endpoint.secret);

    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.previousSecretCiphertext).not.toContain(endpoint.secret);
    const rotatedAt = row.updatedAt.getTime();
    expect(row.previousSecretExpiresAt?.getTime()).toBe(rotatedAt + PREVIOUS_SECRET_GRACE_MS);
    expect(signingSecretsOf(row, new Date(rotatedAt + 1000))).toEqual([data.secret, endpoint.secret]);
    expect(signingSecretsOf(row, new Date(rotatedAt + PREVIOUS_SECRET_GRACE_MS - 1))).toEqual([data.secret, endpoint.secret]);
    expect(signingSecretsOf(row, new Date(rotatedAt + PREVIOUS_SECRET_GRACE_MS + 1))).toEqual([data.secret]);

    const fetched = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}` });
    expect(fetched.text).not.toContain(data.secret);
    expect(fetched.text).not.toContain(endpoint.secret);
    const strictBody = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/rotate-secret`, body: { keepOld: true } });
    expect(strictBody.status).toBe(400);
  });

  it("deletes an endpoint with its deliveries and attempts, answering with the deleted endpoint", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const kept = await createEndpoint(workspace.key);
    const delivery = await seedDelivery(endpoint.id, { attempts: 3 });
    const keptDelivery = await seedDelivery(kept.id, { attempts: 2 });
    const deleted = await callApi({ key: workspace.key, method: "DELETE", path: `/v1/webhooks/${endpoint.id}` });
    expect(deleted.status).toBe(200);
    expect(deleted.json.data).toMatchObject({ id: endpoint.id, url: endpoint.url });
    expect(deleted.text).not.toContain(endpoint.secret);
    expect((await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}` })).status).toBe(404);
    expect((await callApi({ key: workspace.key, method: "DELETE", path: `/v1/webhooks/${endpoint.id}` })).status).toBe(404);
    expect(await prisma.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
    expect(await prisma.webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(0);
    expect(await prisma.webhookAttempt.count({ where: { deliveryId: keptDelivery.id } })).toBe(2);
    expect((await callApi({ key: workspace.key, path: "/v1/webhooks" })).json.data).toHaveLength(1);
  });
});
