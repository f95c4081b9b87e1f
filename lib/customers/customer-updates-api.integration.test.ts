// PATCH /v1/customers/:id (docs/api.md §10): partial updates, one customer.updated per change.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { ISO_MS, createCardRow, createCustomerByApi, createdCustomer, customerEventsOf, customerOf } from "./customers-api-test-helpers";

describe("PATCH /v1/customers/:id", () => {
  it("changes the fields sent, clears those sent as null, and appends one customer.updated with their previous values", async () => {
    const workspace = await createTestWorkspace();
    const created = await createdCustomer(workspace, { name: "Ada", email: "ada@example.com", phone: "123", metadata: { a: "1" } });
    const result = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: `/v1/customers/${created.id}`,
      body: { name: "Ada King", email: "ada@example.com", phone: null, metadata: { b: "2" }, taxId: "T-1" },
    });
    expect(result.status).toBe(200);
    const updated = customerOf(result);
    expect(updated).toEqual({
      ...created,
      name: "Ada King",
      phone: null,
      taxId: "T-1",
      metadata: { b: "2" },
      updatedAt: expect.stringMatching(ISO_MS),
    });
    const events = await customerEventsOf(workspace.workspaceId);
    expect(events.map((event) => event.type)).toEqual(["customer.created", "customer.updated"]);
    expect(events[1]?.data).toEqual({
      aggregateType: "customer",
      aggregateId: created.id,
      object: updated,
      previousAttributes: { name: "Ada", phone: "123", taxId: null, metadata: { a: "1" } },
    });
  });

  it("changes nothing and appends no event when every value sent is the current one", async () => {
    const workspace = await createTestWorkspace();
    const created = await createdCustomer(workspace, { name: "Ada" });
    const result = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${created.id}`, body: { name: "Ada" } });
    expect(result.status).toBe(200);
    expect(customerOf(result)).toEqual(created);
    expect((await customerEventsOf(workspace.workspaceId)).map((event) => event.type)).toEqual(["customer.created"]);
  });

  it("sets defaultPaymentTokenId to one of the customer's own cards", async () => {
    const workspace = await createTestWorkspace();
    const cardId = await createCardRow(workspace, workspace.customerId);
    const result = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: `/v1/customers/${workspace.customerId}`,
      body: { defaultPaymentTokenId: cardId },
    });
    expect(result.status).toBe(200);
    expect(customerOf(result).defaultPaymentTokenId).toBe(cardId);
    const events = await customerEventsOf(workspace.workspaceId);
    expect(events).toEqual([
      {
        type: "customer.updated",
        mode: "test",
        data: {
          aggregateType: "customer",
          aggregateId: workspace.customerId,
          object: customerOf(result),
          previousAttributes: { defaultPaymentTokenId: null },
        },
      },
    ]);
  });

  it("404 not_found on defaultPaymentTokenId for a detached card, another customer's card or an unknown one", async () => {
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const detached = await createCardRow(workspace, workspace.customerId, { detached: true });
    const othersCard = await createCardRow(other, other.customerId);
    for (const id of [detached, othersCard, "pm_01HXAB7K3M9N2P5QRS8TVWXY3Z"]) {
      const result = await callApi({
        key: workspace.key,
        method: "PATCH",
        path: `/v1/customers/${workspace.customerId}`,
        body: { defaultPaymentTokenId: id, name: "Changed" },
      });
      expect(result.status).toBe(404);
      expect(result.json.error).toMatchObject({ code: "not_found", field: "defaultPaymentTokenId" });
    }
    const customer = await prisma.customer.findUniqueOrThrow({ where: { id: workspace.customerId } });
    expect(customer).toMatchObject({ name: "Test Customer", defaultPaymentMethodId: null });
    expect(await customerEventsOf(workspace.workspaceId)).toEqual([]);
  });

  it("409 conflict when the new externalId belongs to another customer", async () => {
    const workspace = await createTestWorkspace();
    await createCustomerByApi(workspace, { externalId: "taken" });
    const result = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${workspace.customerId}`, body: { externalId: "taken" } });
    expect(result.status).toBe(409);
    expect(result.json.error).toMatchObject({ code: "conflict", field: "externalId" });
  });

  it("400 for an unknown field or a bad email; 404 for another workspace's or mode's customer", async () => {
    const workspace = await createTestWorkspace();
    const path = `/v1/customers/${workspace.customerId}`;
    const unknown = await callApi({ key: workspace.key, method: "PATCH", path, body: { creditBalance: 100 } });
    expect(unknown.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "creditBalance" });
    const badEmail = await callApi({ key: workspace.key, method: "PATCH", path, body: { email: "nope" } });
    expect(badEmail.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "email" });
    const other = await createTestWorkspace();
    const liveKey = await addKey(workspace, { mode: "live" });
    for (const key of [other.key, liveKey]) {
      const result = await callApi({ key, method: "PATCH", path, body: { name: "Hijacked" } });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: workspace.customerId } })).name).toBe("Test Customer");
  });
});
