// Both namings of the event catalogue (docs/api.md §8.2, §8.3): GET /events/types, the events list's
// naming rule, and webhook endpoints' eventNaming, down to the bodies their deliveries carry.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { callApi } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { cancelSubscription } from "../subscriptions/cancel-subscription";
import { createEndpoint } from "../webhooks/webhooks-api-test-helpers";

// The versioned names of the official Node SDK's webhook event union (its types.ts, newest version)
// for the resources this project serves; checkout sessions, refunds, payouts, gift cards and pending
// (asynchronous) invoice payments are not served here.
const SDK_VERSIONED_NAMES = [
  "plugipay.invoice.created.v1",
  "plugipay.invoice.finalized.v1",
  "plugipay.invoice.sent.v1",
  "plugipay.invoice.paid.v1",
  "plugipay.invoice.voided.v1",
  "plugipay.invoice.failed.v1",
  "plugipay.invoice.payment_failed.v1",
  "plugipay.customer.created.v1",
  "plugipay.customer.updated.v1",
  "plugipay.customer.deleted.v1",
  "plugipay.plan.created.v1",
  "plugipay.plan.updated.v1",
  "plugipay.plan.archived.v1",
  "plugipay.subscription.created.v1",
  "plugipay.subscription.updated.v1",
  "plugipay.subscription.paused.v1",
  "plugipay.subscription.resumed.v1",
  "plugipay.subscription.canceled.v1",
  "plugipay.subscription.renewed.v1",
  "plugipay.webhook_endpoint.disabled.v1",
];

type Kind = { type: string; versionedType: string; aggregateType: string; description: string };
type Listed = { type: string; data: { aggregateType: string; aggregateId: string | null } };

describe("event namings", () => {
  it("publishes the catalogue with both names at GET /v1/events/types", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/events/types" });
    expect(result.status, result.text).toBe(200);
    const kinds = result.json.data as Kind[];
    expect(kinds).toHaveLength(22);
    expect(kinds).toContainEqual(
      expect.objectContaining({ type: "subscription.cancelled", versionedType: "plugipay.subscription.canceled.v1", aggregateType: "subscription" }),
    );
    expect(kinds).toContainEqual(expect.objectContaining({ type: "payment_method.attached", versionedType: "plugipay.payment_method.attached.v1" }));
    expect(SDK_VERSIONED_NAMES.filter((name) => !kinds.some((kind) => kind.versionedType === name))).toEqual([]);
    expect(new Set(kinds.flatMap((kind) => [kind.type, kind.versionedType])).size).toBe(44);
  });

  it("lists seed names, and versioned names when filtered by a versioned type or asked to", async () => {
    const { workspace, tenant, subscription, customerId } = await createSubscribedCustomer();
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
    const list = async (query: string) => {
      const result = await callApi({ key: workspace.key, path: `/v1/events${query}` });
      expect(result.status, result.text).toBe(200);
      return result.json.data as Listed[];
    };
    expect((await list("")).map((event) => event.type).sort()).toEqual(["customer.updated", "payment_method.attached", "subscription.cancelled"]);
    const versioned = await list("?type=plugipay.subscription.canceled.v1");
    expect(versioned.map((event) => event.type)).toEqual(["plugipay.subscription.canceled.v1"]);
    expect(versioned[0]!.data).toMatchObject({ aggregateType: "subscription", aggregateId: subscription.id });
    expect((await list("?type=subscription.cancelled")).map((event) => event.type)).toEqual(["subscription.cancelled"]);
    expect((await list("?naming=versioned")).map((event) => event.type).sort()).toEqual([
      "plugipay.customer.updated.v1",
      "plugipay.payment_method.attached.v1",
      "plugipay.subscription.canceled.v1",
    ]);
    expect((await list("?type=plugipay.subscription.canceled.v1&naming=seed")).map((event) => event.type)).toEqual(["subscription.cancelled"]);
    const refused = await callApi({ key: workspace.key, path: "/v1/events?naming=short" });
    expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "naming" });
  });

  it("announces a pause and a resume with their own kinds as well as subscription.updated", async () => {
    const { workspace, subscription } = await createSubscribedCustomer();
    const path = `/v1/subscriptions/${subscription.id}`;
    expect((await callApi({ key: workspace.key, path: `${path}/pause`, body: {} })).status).toBe(200);
    expect((await callApi({ key: workspace.key, path: `${path}/resume`, body: {} })).status).toBe(200);
    const listed = await callApi({ key: workspace.key, path: "/v1/events?naming=versioned&order=asc" });
    const types = (listed.json.data as Listed[]).map((event) => event.type).filter((type) => type.startsWith("plugipay.subscription."));
    expect(types).toEqual([
      "plugipay.subscription.updated.v1",
      "plugipay.subscription.paused.v1",
      "plugipay.subscription.updated.v1",
      "plugipay.subscription.resumed.v1",
    ]);
  });

  it("gives webhook endpoints the naming of their create body, settable explicitly", async () => {
    const workspace = await createTestWorkspace();
    const sdkStyle = await createEndpoint(workspace.key, { events: ["plugipay.invoice.paid.v1", "customer.updated"] });
    expect(sdkStyle).toMatchObject({ eventNaming: "versioned", events: ["plugipay.invoice.paid.v1", "plugipay.customer.updated.v1"] });
    const stored = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: sdkStyle.id } });
    expect(JSON.parse(stored.events)).toEqual(["invoice.paid", "customer.updated"]);
    const noEvents = await callApi({ key: workspace.key, path: "/v1/webhooks", body: { url: "https://hooks.example.com/all" } });
    expect(noEvents.status, noEvents.text).toBe(201);
    expect(noEvents.json.data).toMatchObject({ events: ["*"], eventNaming: "versioned" });
    expect(await createEndpoint(workspace.key, { events: ["*"] })).toMatchObject({ events: ["*"], eventNaming: "seed" });
    expect(await createEndpoint(workspace.key, { events: ["invoice.paid"] })).toMatchObject({ eventNaming: "seed" });
    const explicit = await createEndpoint(workspace.key, { events: ["plugipay.invoice.paid.v1"], eventNaming: "seed" });
    expect(explicit).toMatchObject({ eventNaming: "seed", events: ["invoice.paid"] });
    const patched = await callApi({ method: "PATCH", key: workspace.key, path: `/v1/webhooks/${explicit.id}`, body: { eventNaming: "versioned" } });
    expect(patched.json.data).toMatchObject({ eventNaming: "versioned", events: ["plugipay.invoice.paid.v1"] });
    const refused = await callApi({ key: workspace.key, path: "/v1/webhooks", body: { url: "https://hooks.example.com/x", eventNaming: "short" } });
    expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "eventNaming" });
  });

  it("applies the naming rule on update: versioned names switch to versioned, short names or * keep it, an explicit naming wins", async () => {
    const workspace = await createTestWorkspace();
    const endpoint = await createEndpoint(workspace.key, { events: ["invoice.paid"] });
    const patch = async (body: Record<string, unknown>) => {
      const result = await callApi({ method: "PATCH", key: workspace.key, path: `/v1/webhooks/${endpoint.id}`, body });
      expect(result.status, result.text).toBe(200);
      return result.json.data as { events: string[]; eventNaming: string };
    };
    expect(await patch({ events: ["plugipay.invoice.paid.v1", "invoice.voided"] })).toMatchObject({
      eventNaming: "versioned",
      events: ["plugipay.invoice.paid.v1", "plugipay.invoice.voided.v1"],
    });
    expect(await patch({ events: ["invoice.paid"] })).toMatchObject({ eventNaming: "versioned", events: ["plugipay.invoice.paid.v1"] });
    expect(await patch({ events: ["*"] })).toMatchObject({ eventNaming: "versioned", events: ["*"] });
    expect(await patch({ events: ["plugipay.customer.created.v1"], eventNaming: "seed" })).toMatchObject({ eventNaming: "seed", events: ["customer.created"] });
    expect(await patch({ description: "unchanged naming" })).toMatchObject({ eventNaming: "seed" });
  });

  it("delivers each event in its endpoint's naming, with the aggregate it is about", async () => {
    const { workspace, tenant, subscription, customerId } = await createSubscribedCustomer();
    const versioned = await createEndpoint(workspace.key, { events: ["plugipay.subscription.canceled.v1"] });
    const seed = await createEndpoint(workspace.key, { events: ["subscription.cancelled"] });
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
    const delivered = async (endpointId: string) => {
      const [delivery, ...more] = await prisma.webhookDelivery.findMany({ where: { endpointId } });
      expect(more).toEqual([]);
      return { eventType: delivery!.eventType, body: JSON.parse(delivery!.body) as Listed & { id: string } };
    };
    const asVersioned = await delivered(versioned.id);
    const asSeed = await delivered(seed.id);
    expect(asVersioned.eventType).toBe("plugipay.subscription.canceled.v1");
    expect(asVersioned.body).toMatchObject({
      type: "plugipay.subscription.canceled.v1",
      data: { aggregateType: "subscription", aggregateId: subscription.id },
    });
    expect(asSeed).toMatchObject({ eventType: "subscription.cancelled", body: { id: asVersioned.body.id, type: "subscription.cancelled" } });
    expect({ ...asSeed.body, type: "" }).toEqual({ ...asVersioned.body, type: "" });
  });
});
