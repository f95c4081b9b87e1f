// GET /webhooks/{id}/deliveries and POST /webhooks/{id}/deliveries/{deliveryId}/retry.
import { describe, expect, it } from "vitest";
import { databaseQueryCount, prisma } from "../db";
import { now } from "../clock";
import { callApi } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";
import { createEndpoint, seedDelivery } from "./webhooks-api-test-helpers";

const DELIVERY_FIELDS = [
  "id",
  "endpointId",
  "eventId",
  "type",
  "body",
  "status",
  "attempts",
  "nextRetryAt",
  "lastAttemptAt",
  "deliveredAt",
  "responseCode",
  "lastError",
  "createdAt",
  "updatedAt",
  "attemptLog",
];

describe("webhook deliveries API", () => {
  it("lists an endpoint's deliveries with their attempt logs, oldest attempt first", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const other = await createEndpoint(workspace.key);
    const base = now().getTime() - 60_000;
    const failed = await seedDelivery(endpoint.id, { attempts: 3, createdAt: new Date(base) });
    const pending = await seedDelivery(endpoint.id, { status: "pending", nextAttemptAt: new Date(base + 120_000), createdAt: new Date(base + 1000) });
    await seedDelivery(other.id, { attempts: 1 });

    const listed = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/deliveries` });
    expect(listed.status).toBe(200);
    expect(listed.json.meta).toMatchObject({ cursor: null, hasMore: false });
    const items = listed.json.data as Record<string, unknown>[];
    expect(items.map((item) => item.id)).toEqual([pending.id, failed.id]);
    expect(Object.keys(items[1]!).sort()).toEqual([...DELIVERY_FIELDS].sort());
    expect(items[1]).toMatchObject({
      endpointId: endpoint.id,
      eventId: failed.eventId,
      type: "invoice.paid",
      body: failed.body,
      status: "failed",
      attempts: 3,
      nextRetryAt: null,
      responseCode: 503,
      lastError: "HTTP 503",
      deliveredAt: null,
    });
    const log = items[1]!.attemptLog as Record<string, unknown>[];
    expect(log.map((attempt) => attempt.attemptNumber)).toEqual([1, 2, 3]);
    expect(Object.keys(log[0]!).sort()).toEqual(["attemptNumber", "attemptedAt", "durationMs", "error", "nextRetryAt", "responseCode", "status"]);
    expect(log[0]).toMatchObject({ status: "failed", responseCode: 503, durationMs: 120, error: "HTTP 503", attemptedAt: new Date(base + 1000).toISOString() });
    expect(items[0]).toMatchObject({ status: "pending", attempts: 0, nextRetryAt: new Date(base + 120_000).toISOString(), attemptLog: [] });

    const onlyFailed = await callApi({ key: workspace.key, path: `/api/v1/webhooks/${endpoint.id}/deliveries?status=failed` });
    expect((onlyFailed.json.data as { id: string }[]).map((item) => item.id)).toEqual([failed.id]);
    const firstPage = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/deliveries?limit=1&order=asc` });
    expect((firstPage.json.data as { id: string }[]).map((item) => item.id)).toEqual([failed.id]);
    expect(firstPage.json.meta).toMatchObject({ cursor: failed.id, hasMore: true });
    const secondPage = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/deliveries?limit=1&order=asc&cursor=${failed.id}` });
    expect((secondPage.json.data as { id: string }[]).map((item) => item.id)).toEqual([pending.id]);
    expect(secondPage.json.meta).toMatchObject({ cursor: null, hasMore: false });
    const badStatus = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/deliveries?status=lost` });
    expect(badStatus.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "status" });
  });

  it("loads a page of 100 deliveries with their attempts in a bounded number of queries", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const base = now().getTime() - 3_600_000;
    for (let i = 0; i < 100; i++) await seedDelivery(endpoint.id, { attempts: 2, createdAt: new Date(base + i * 1000) });
    const before = databaseQueryCount();
    const listed = await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/deliveries?limit=100` });
    const queries = databaseQueryCount() - before;
    expect(listed.status).toBe(200);
    const items = listed.json.data as { attemptLog: unknown[] }[];
    expect(items).toHaveLength(100);
    expect(items.every((item) => item.attemptLog.length === 2)).toBe(true);
    expect(queries).toBeLessThanOrEqual(15);
  });

  it("re-queues a settled delivery now, and refuses one already queued", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const failed = await seedDelivery(endpoint.id, { attempts: 2 });
    const path = `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`;
    const before = now().getTime();
    const retried = await callApi({ key: workspace.key, path, body: {} });
    expect(retried.status).toBe(200);
    expect(Object.keys(retried.json.data as object).sort()).toEqual([...DELIVERY_FIELDS].sort());
    expect(retried.json.data).toMatchObject({ id: failed.id, status: "pending", attempts: 2 });
    expect((retried.json.data as { attemptLog: unknown[] }).attemptLog).toHaveLength(2);
    const row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } });
    expect(row).toMatchObject({ status: "pending", leaseOwner: null, leaseExpiresAt: null });
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.nextAttemptAt!.getTime()).toBeLessThanOrEqual(now().getTime());

    const again = await callApi({ key: workspace.key, path, body: {} });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: "already_queued", details: { reason: "already_queued" } });
    expect(again.json.error?.message).toMatch(/already queued/);

    const leased = await seedDelivery(endpoint.id, {
      status: "pending",
      attempts: 1,
      nextAttemptAt: new Date(now().getTime() + 60_000),
      leaseExpiresAt: new Date(now().getTime() + 30_000),
    });
    expect((await callApi({ key: workspace.key, path: `/v1/webhooks/${endpoint.id}/deliveries/${leased.id}/retry`, body: {} })).status).toBe(409);

    const waiting = await seedDelivery(endpoint.id, { status: "pending", attempts: 1, nextAttemptAt: new Date(now().getTime() + 600_000) });
    const pulledIn = await callApi({ key: workspace.key, path: `/api/v1/webhooks/${endpoint.id}/deliveries/${waiting.id}/retry`, body: {} });
    expect(pulledIn.status).toBe(200);
    expect(Date.parse((pulledIn.json.data as { nextRetryAt: string }).nextRetryAt)).toBeLessThanOrEqual(now().getTime());

    const other = await createEndpoint(workspace.key);
    expect((await callApi({ key: workspace.key, path: `/v1/webhooks/${other.id}/deliveries/${failed.id}/retry`, body: {} })).status).toBe(404);
    expect((await callApi({ key: workspace.key, path, body: { now: true } })).status).toBe(400);
  });

  it("refuses to retry for a paused or disabled endpoint, and works again once it is re-enabled", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key);
    const failed = await seedDelivery(endpoint.id, { attempts: 1 });
    const path = `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`;
    await prisma.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { status: "disabled", disabledAt: now(), disabledReason: "failing", consecutiveFailures: 20 },
    });
    const refused = await callApi({ key: workspace.key, path, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: "endpoint_disabled", details: { reason: "endpoint_disabled" } });
    expect(refused.json.error?.message).toMatch(/endpoint is disabled/);

    await callApi({ key: workspace.key, method: "PATCH", path: `/v1/webhooks/${endpoint.id}`, body: { active: false } });
    await prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { status: "enabled" } });
    expect((await callApi({ key: workspace.key, path, body: {} })).status).toBe(409);

    await callApi({ key: workspace.key, method: "PATCH", path: `/v1/webhooks/${endpoint.id}`, body: { active: true } });
    expect((await callApi({ key: workspace.key, path, body: {} })).status).toBe(200);
    expect((await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("pending");
  });
});
