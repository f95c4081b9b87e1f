// The delivery log across endpoints (docs/api.md §10.8): GET /v1/webhooks/deliveries with the official
// SDK's filters, GET and retry by delivery id, tenant isolation; and POST /v1/webhooks without events.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { callApi } from "../testing/api-client";
import { createTestWorkspace, type TestWorkspace } from "../testing/fixtures";

type Delivery = { id: string; endpointId: string; eventId: string; type: string; status: string; attemptLog: unknown[] };

async function newEndpoint(workspace: TestWorkspace, body: Record<string, unknown>) {
  const created = await callApi({ key: workspace.key, path: "/v1/webhooks", body: { url: "https://example.com/hooks", ...body } });
  expect(created.status).toBe(201);
  return created.json.data as { id: string; events: string[]; eventNaming: string };
}

async function renameCustomer(workspace: TestWorkspace, name: string) {
  const patched = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${workspace.customerId}`, body: { name } });
  expect(patched.status).toBe(200);
}

async function listDeliveries(workspace: TestWorkspace, query = "") {
  const result = await callApi({ key: workspace.key, path: `/api/v1/webhooks/deliveries${query}` });
  return { ...result, deliveries: (result.json.data ?? []) as Delivery[] };
}

/** A workspace with an every-event endpoint and a customer.updated endpoint, after two renames. */
async function deliveryWorld() {
  const workspace = await createTestWorkspace();
  const everything = await newEndpoint(workspace, {});
  const updates = await newEndpoint(workspace, { events: ["customer.updated"] });
  await renameCustomer(workspace, "First");
  await renameCustomer(workspace, "Second");
  return { workspace, everything, updates };
}

describe("GET /v1/webhooks/deliveries", () => {
  it("lists every endpoint's deliveries, newest first, filtered by endpointId, eventId, status and type (either name)", async () => {
    const { workspace, everything, updates } = await deliveryWorld();
    const all = await listDeliveries(workspace);
    expect(all.status).toBe(200);
    expect(all.deliveries).toHaveLength(4);
    expect(new Set(all.deliveries.map((delivery) => delivery.endpointId))).toEqual(new Set([everything.id, updates.id]));

    expect((await listDeliveries(workspace, `?endpointId=${updates.id}`)).deliveries.map((delivery) => delivery.type)).toEqual([
      "customer.updated",
      "customer.updated",
    ]);
    const eventId = all.deliveries[0]?.eventId ?? "";
    expect((await listDeliveries(workspace, `?eventId=${eventId}`)).deliveries.map((delivery) => delivery.eventId)).toEqual([eventId, eventId]);
    expect((await listDeliveries(workspace, "?type=customer.updated")).deliveries).toHaveLength(4);
    expect((await listDeliveries(workspace, "?type=plugipay.customer.updated.v1")).deliveries).toHaveLength(4);
    expect((await listDeliveries(workspace, "?type=invoice.paid")).deliveries).toEqual([]);

    expect((await listDeliveries(workspace, "?status=failed")).deliveries).toEqual([]);
    await prisma.webhookDelivery.update({ where: { id: all.deliveries[1]?.id }, data: { status: "failed", nextAttemptAt: null } });
    expect((await listDeliveries(workspace, "?status=failed")).deliveries.map((delivery) => delivery.id)).toEqual([all.deliveries[1]?.id]);

    const firstPage = await listDeliveries(workspace, "?limit=3");
    expect(firstPage.json.meta).toMatchObject({ hasMore: true });
    const secondPage = await listDeliveries(workspace, `?limit=3&cursor=${firstPage.json.meta.cursor ?? ""}`);
    expect([...firstPage.deliveries, ...secondPage.deliveries].map((delivery) => delivery.id)).toEqual(all.deliveries.map((delivery) => delivery.id));
    expect(secondPage.json.meta).toMatchObject({ hasMore: false, cursor: null });
  });

  it("filters by createdAfter and createdBefore", async () => {
    const { workspace } = await deliveryWorld();
    const all = (await listDeliveries(workspace)).deliveries;
    const old = all[3]?.id ?? "";
    await prisma.webhookDelivery.update({ where: { id: old }, data: { createdAt: new Date("2026-01-15T12:00:00Z") } });
    expect((await listDeliveries(workspace, "?createdBefore=2026-02-01")).deliveries.map((delivery) => delivery.id)).toEqual([old]);
    expect((await listDeliveries(workspace, "?createdAfter=2026-02-01T00:00:00Z")).deliveries).toHaveLength(3);
  });

  it.each([
    ["?status=bogus", "status"],
    ["?type=customer.exploded", "type"],
    ["?createdAfter=yesterday", "createdAfter"],
    ["?endpointId=", "endpointId"],
    ["?webhookId=whep_1", "webhookId"],
  ])("400 VALIDATION_ERROR for %s", async (query, field) => {
    const workspace = await createTestWorkspace();
    const result = await listDeliveries(workspace, query);
    expect(result.status).toBe(400);
    expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
  });

  it("never lists another workspace's deliveries, even when asked for its endpoint", async () => {
    const { everything } = await deliveryWorld();
    const other = await createTestWorkspace();
    expect((await listDeliveries(other)).deliveries).toEqual([]);
    expect((await listDeliveries(other, `?endpointId=${everything.id}`)).deliveries).toEqual([]);
  });
});

describe("GET /v1/webhooks/deliveries/{id} and POST …/retry", () => {
  it("retrieves one delivery with its attempt log; retries a failed one, refusing one already queued", async () => {
    const { workspace } = await deliveryWorld();
    const [delivery] = (await listDeliveries(workspace)).deliveries;
    const fetched = await callApi({ key: workspace.key, path: `/v1/webhooks/deliveries/${delivery?.id}` });
    expect(fetched.status).toBe(200);
    expect(fetched.json.data).toEqual(delivery);

    const retryPath = `/api/v1/webhooks/deliveries/${delivery?.id}/retry`;
    const queued = await callApi({ key: workspace.key, path: retryPath, body: {} });
    expect(queued.status).toBe(409);
    expect(queued.json.error?.code).toBe("already_queued");
    await prisma.webhookDelivery.update({ where: { id: delivery?.id }, data: { status: "failed", nextAttemptAt: null } });
    const retried = await callApi({ key: workspace.key, path: retryPath, body: {} });
    expect(retried.status).toBe(200);
    expect(retried.json.data).toMatchObject({ id: delivery?.id, status: "pending" });
    expect((await callApi({ key: workspace.key, path: retryPath, body: { now: true } })).json.error?.code).toBe("VALIDATION_ERROR");
  });

  it("404 for another workspace's delivery, which is left as it was", async () => {
    const { workspace } = await deliveryWorld();
    const [delivery] = (await listDeliveries(workspace)).deliveries;
    await prisma.webhookDelivery.update({ where: { id: delivery?.id }, data: { status: "failed", nextAttemptAt: null } });
    const other = await createTestWorkspace();
    const fetched = await callApi({ key: other.key, path: `/v1/webhooks/deliveries/${delivery?.id}` });
    expect(fetched.status).toBe(404);
    expect(fetched.json.error?.code).toBe("not_found");
    const retried = await callApi({ key: other.key, path: `/v1/webhooks/deliveries/${delivery?.id}/retry`, body: {} });
    expect(retried.status).toBe(404);
    expect((await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery?.id } })).status).toBe("failed");
  });
});

describe("POST /v1/webhooks without events", () => {
  it("subscribes the endpoint to every event type", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await newEndpoint(workspace, {});
    expect(endpoint.events).toEqual(["*"]);
    await renameCustomer(workspace, "Renamed");
    await callApi({ key: workspace.key, path: "/v1/customers", body: { name: "Another" } });
    const types = (await listDeliveries(workspace, `?endpointId=${endpoint.id}`)).deliveries.map((delivery) => delivery.type);
    expect(types.sort()).toEqual(["plugipay.customer.created.v1", "plugipay.customer.updated.v1"]);
  });
});
