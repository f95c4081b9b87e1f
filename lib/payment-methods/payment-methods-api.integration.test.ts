// The payment-methods API (docs/api.md §10) through the real wrapper against a real SQLite database.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { TEST_CARDS } from "../processor";
import { callApi } from "../testing/api-client";
import { addKey, createTestCustomer } from "../testing/fixtures";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import type { Tenant } from "../tenancy";
import { attachCard } from "./attach-card";

const PAYMENT_METHOD_KEYS = ["accountId", "arn", "card", "createdAt", "customerId", "id", "type"];
const CARD_KEYS = ["brand", "expMonth", "expYear", "fingerprint", "last4"];

type PaymentMethod = Record<string, unknown> & { id: string; card: Record<string, unknown> };

function addCard(tenant: Tenant, customerId: string, number: string = TEST_CARDS.mastercard.number, makeDefault = false) {
  return attachCard(tenant, customerId, { number, expMonth: 11, expYear: 2033, cvc: "123" }, { makeDefault });
}

describe("GET /v1/customers/:id/payment-methods", () => {
  it("lists the customer's attached cards, newest first, in the payment method shape", async () => {
    const { workspace, tenant, customerId, card } = await createSubscribedCustomer();
    const second = await addCard(tenant, customerId);
    const result = await callApi({ key: workspace.key, path: `/v1/customers/${customerId}/payment-methods` });
    expect(result.status).toBe(200);
    const items = result.json.data as PaymentMethod[];
    expect(items.map((item) => item.id)).toEqual([second.id, card.id]);
    expect(result.json.meta).toMatchObject({ cursor: null, hasMore: false });
    expect(Object.keys(items[0]!).sort()).toEqual(PAYMENT_METHOD_KEYS);
    expect(Object.keys(items[0]!.card).sort()).toEqual(CARD_KEYS);
    expect(items[0]).toMatchObject({
      id: second.id,
      arn: `arn:plugipay:${workspace.accountId}:payment-method/${second.id}`,
      accountId: workspace.accountId,
      customerId,
      type: "card",
      card: { brand: "mastercard", last4: "4444", expMonth: 11, expYear: 2033 },
    });
    expect(result.text).not.toContain("tok_test_");
    expect(result.text).not.toContain(TEST_CARDS.mastercard.number);
  });

  it("paginates with limit, cursor and order, and leaves detached cards out", async () => {
    const { workspace, tenant, customerId, card } = await createSubscribedCustomer();
    const added = [card.id];
    for (let i = 0; i < 4; i++) added.push((await addCard(tenant, customerId)).id);
    await prisma.paymentMethod.update({ where: { id: added[2] }, data: { detachedAt: new Date() } });
    const rows = await prisma.paymentMethod.findMany({ where: { customerId, detachedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const attached = rows.map((row) => row.id);
    expect(attached).toHaveLength(4);
    const walk = async (order: string) => {
      const seen: string[] = [];
      let cursor: string | null | undefined;
      do {
        const query = `?limit=2&order=${order}${cursor ? `&cursor=${cursor}` : ""}`;
        const result = await callApi({ key: workspace.key, path: `/api/v1/customers/${customerId}/payment-methods${query}` });
        expect(result.status).toBe(200);
        seen.push(...(result.json.data as PaymentMethod[]).map((item) => item.id));
        cursor = result.json.meta.cursor;
      } while (cursor);
      return seen;
    };
    expect(await walk("asc")).toEqual(attached);
    expect(await walk("desc")).toEqual([...attached].reverse());
  });

  it("is 404 for an unknown customer, another workspace's customer and the other mode", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const live = await addKey(mine.workspace, { mode: "live" });
    for (const [key, customerId] of [
      [mine.workspace.key, theirs.customerId],
      [live, mine.customerId],
      [mine.workspace.key, "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z"],
    ] as const) {
      const result = await callApi({ key, path: `/v1/customers/${customerId}/payment-methods` });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
  });

  it("lists nothing for a customer without cards", async () => {
    const { workspace } = await createSubscribedCustomer();
    const customerId = await createTestCustomer(workspace.workspaceId);
    const result = await callApi({ key: workspace.key, path: `/v1/customers/${customerId}/payment-methods` });
    expect(result.status).toBe(200);
    expect(result.json.data).toEqual([]);
  });

  it("needs plugipay:payment_methods:read and refuses unknown parameters", async () => {
    const { workspace, customerId } = await createSubscribedCustomer();
    const key = await addKey(workspace, { scopes: ["plugipay:customers:read"] });
    const forbidden = await callApi({ key, path: `/v1/customers/${customerId}/payment-methods` });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error?.code).toBe("insufficient_scope");
    for (const [query, field] of [
      ["?type=card", "type"],
      ["?limit=500", "limit"],
    ]) {
      const invalid = await callApi({ key: workspace.key, path: `/v1/customers/${customerId}/payment-methods${query}` });
      expect(invalid.status).toBe(400);
      expect(invalid.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
  });
});

describe("POST /v1/payment-methods/:id/detach", () => {
  it("detaches a card, promotes the next default, and emits the events", async () => {
    const { workspace, tenant, customerId, card } = await createSubscribedCustomer();
    const second = await addCard(tenant, customerId);
    const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/payment-methods/${card.id}/detach`, body: {} });
    expect(result.status).toBe(200);
    const detached = result.json.data as PaymentMethod;
    expect(Object.keys(detached).sort()).toEqual(PAYMENT_METHOD_KEYS);
    expect(detached).toMatchObject({ id: card.id, customerId, card: { brand: "visa", last4: "4242" } });
    expect((await prisma.paymentMethod.findUniqueOrThrow({ where: { id: card.id } })).detachedAt).not.toBeNull();
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).defaultPaymentMethodId).toBe(second.id);
    const events = await eventsOf(tenant);
    expect(events.filter((event) => event.type === "payment_method.detached").map((event) => event.data.object)).toEqual([detached]);
    expect(events.at(-1)).toMatchObject({ type: "customer.updated", data: { previousAttributes: { defaultPaymentTokenId: card.id } } });
    const list = await callApi({ key: workspace.key, path: `/v1/customers/${customerId}/payment-methods` });
    expect((list.json.data as PaymentMethod[]).map((item) => item.id)).toEqual([second.id]);
  });

  it("accepts no body at all, as the official SDKs may send", async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    const extra = await addCard(tenant, customerId);
    const result = await callApi({ key: workspace.key, method: "POST", path: `/api/v1/payment-methods/${extra.id}/detach` });
    expect(result.status).toBe(200);
    expect((result.json.data as PaymentMethod).id).toBe(extra.id);
  });

  it("is 404 when already detached, unknown, another workspace's or the other mode's", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const extra = await addCard(mine.tenant, mine.customerId);
    const live = await addKey(mine.workspace, { mode: "live" });
    expect((await callApi({ key: mine.workspace.key, method: "POST", path: `/v1/payment-methods/${extra.id}/detach`, body: {} })).status).toBe(200);
    for (const [key, id] of [
      [mine.workspace.key, extra.id],
      [mine.workspace.key, "pm_01HXAB7K3M9N2P5QRS8TVWXY3Z"],
      [mine.workspace.key, theirs.card.id],
      [live, mine.card.id],
    ] as const) {
      const result = await callApi({ key, method: "POST", path: `/v1/payment-methods/${id}/detach`, body: {} });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
    expect((await prisma.paymentMethod.findUniqueOrThrow({ where: { id: theirs.card.id } })).detachedAt).toBeNull();
  });

  it("keeps the last card of a live subscription with 409 invalid_state", async () => {
    const { workspace, card } = await createSubscribedCustomer();
    const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/payment-methods/${card.id}/detach`, body: {} });
    expect(result.status).toBe(409);
    expect(result.json.error?.code).toBe("invalid_state");
    expect((await prisma.paymentMethod.findUniqueOrThrow({ where: { id: card.id } })).detachedAt).toBeNull();
  });

  it("needs plugipay:payment_methods:write and refuses unknown body fields", async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    const extra = await addCard(tenant, customerId);
    const readOnly = await addKey(workspace, { scopes: ["plugipay:payment_methods:read"] });
    const forbidden = await callApi({ key: readOnly, method: "POST", path: `/v1/payment-methods/${extra.id}/detach`, body: {} });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error?.code).toBe("insufficient_scope");
    const invalid = await callApi({ key: workspace.key, method: "POST", path: `/v1/payment-methods/${extra.id}/detach`, body: { customerId } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "customerId" });
    expect((await prisma.paymentMethod.findUniqueOrThrow({ where: { id: extra.id } })).detachedAt).toBeNull();
  });
});
