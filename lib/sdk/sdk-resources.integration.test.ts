// The SDK's customers, plans, invoices, payment methods, events and webhook endpoint calls against the real API
// wrapper in-process and a real database (docs/api.md §8, §10).
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { newId } from "../ids";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { createTestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import type { Tenant } from "../tenancy";
import { inProcessClient, rejectionOf } from "./testing/in-process";

async function draftInvoice(tenant: Tenant, customerId: string) {
  return prisma.invoice.create({
    data: {
      id: newId("invoice"),
      workspaceId: tenant.workspaceId,
      mode: tenant.mode,
      customerId,
      status: "draft",
      number: `SDK-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      currency: "USD",
      subtotal: 1000,
      total: 1000,
      amountDue: 1000,
      lines: { create: { id: newId("invoiceLine"), position: 0, description: "Seat", quantity: 1, unitAmount: 1000, amount: 1000 } },
    },
  });
}

describe("customers through the SDK", () => {
  it("creates, retrieves, lists, pages and updates customers", async () => {
    const workspace = await createTestWorkspace();
    const { sdk, exchanges } = inProcessClient(workspace.key);
    const ada = await sdk.customers.create({ email: "ada+sdk@example.com", name: "Ada", externalId: "ext-ada", metadata: { tier: "gold" } });
    expect(exchanges.at(-1)?.status).toBe(201);
    expect(ada).toMatchObject({ accountId: workspace.accountId, email: "ada+sdk@example.com", externalId: "ext-ada", metadata: { tier: "gold" } });
    expect(ada.id).toMatch(/^cus_/);
    expect(await sdk.customers.get(ada.id)).toEqual(ada);
    const byEmail = await sdk.customers.list({ email: "ada+sdk@example.com" });
    expect(byEmail.data.map((customer) => customer.id)).toEqual([ada.id]);
    const updated = await sdk.customers.update(ada.id, { name: "Ada Lovelace", phone: null });
    expect(updated).toMatchObject({ id: ada.id, name: "Ada Lovelace", phone: null });
    expect(await rejectionOf(sdk.customers.create({ externalId: "ext-ada" }))).toMatchObject({ status: 409, code: "conflict" });
    await sdk.customers.create({ name: "Grace" });
    const all: string[] = [];
    for await (const customer of sdk.customers.listAll({ limit: 1 })) all.push(customer.id);
    expect(all).toHaveLength(3);
    expect(new Set(all).size).toBe(3);
    expect(all).toContain(workspace.customerId);
  });
});

describe("plans through the SDK", () => {
  it("creates, retrieves, lists, updates, adds a price to and archives a plan", async () => {
    const workspace = await createTestWorkspace();
    const { sdk } = inProcessClient(workspace.key);
    const plan = await sdk.plans.create({
      name: "Team",
      interval: "month",
      trialDays: 7,
      portalFeatures: { selfServePause: true },
      prices: [{ currency: "USD", unitAmount: 4900, model: "flat" }],
    });
    expect(plan).toMatchObject({ name: "Team", interval: "month", intervalCount: 1, trialDays: 7, active: true, archivedAt: null });
    expect(plan.portalFeatures).toEqual({
      selfServeCancel: true,
      selfServePause: true,
      selfServeUpgrade: false,
      selfServeDowngrade: false,
      updatePaymentMethod: true,
    });
    expect(plan.prices).toEqual([expect.objectContaining({ currency: "USD", unitAmount: 4900, model: "flat", planId: plan.id })]);
    expect(await sdk.plans.get(plan.id)).toEqual(plan);
    expect((await sdk.plans.list({ active: true })).data.map((row) => row.id)).toEqual([plan.id]);
    expect(await sdk.plans.update(plan.id, { description: "For teams" })).toMatchObject({ description: "For teams" });
    const price = await sdk.plans.addPrice(plan.id, { currency: "IDR", unitAmount: 150000, model: "flat" });
    expect(price).toMatchObject({ planId: plan.id, currency: "IDR", unitAmount: 150000 });
    expect(price.id).toMatch(/^price_/);
    const archived = await sdk.plans.archive(plan.id);
    expect(archived).toMatchObject({ id: plan.id, active: false });
    expect(archived.archivedAt).not.toBeNull();
    expect((await sdk.plans.list({ active: false })).data.map((row) => row.id)).toEqual([plan.id]);
  });
});

describe("invoices through the SDK", () => {
  it("retrieves, lists, downloads, pays, emails, finalizes and voids invoices", async () => {
    const { workspace, tenant, customerId, invoice, subscription } = await createSubscribedCustomer();
    const { sdk } = inProcessClient(workspace.key);
    expect(await sdk.invoices.get(invoice.id)).toMatchObject({ id: invoice.id, status: "open", total: 4900, subscriptionId: subscription.id });
    const open = await sdk.invoices.list({ customerId, status: "open" });
    expect(open.data.map((row) => row.id)).toEqual([invoice.id]);
    const pdf = await sdk.invoices.pdf(invoice.id);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect(await sdk.invoices.pay(invoice.id)).toMatchObject({ id: invoice.id, status: "paid", amountDue: 0 });
    expect(await sdk.invoices.sendEmail(invoice.id)).toMatchObject({ sent: true, to: "customer@example.com", invoiceId: invoice.id });
    expect(await sdk.invoices.sendEmail(invoice.id, "ap@example.com")).toMatchObject({ sent: true, to: "ap@example.com" });
    const draft = await draftInvoice(tenant, customerId);
    expect(await sdk.invoices.finalize(draft.id)).toMatchObject({ id: draft.id, status: "open" });
    expect(await sdk.invoices.void(draft.id)).toMatchObject({ id: draft.id, status: "void" });
    expect(await rejectionOf(sdk.invoices.finalize(draft.id))).toMatchObject({ code: "invalid_state" });
    expect(await rejectionOf(sdk.invoices.pdf("inv_01HXAB7K3M9N2P5QRS8TVWXY3Z"))).toMatchObject({ status: 404, code: "not_found" });
  });
});

describe("payment methods and events through the SDK", () => {
  it("lists a customer's cards and detaches one", async () => {
    const { workspace, tenant, customerId, card } = await createSubscribedCustomer();
    const { sdk } = inProcessClient(workspace.key);
    const page = await sdk.paymentMethods.list(customerId);
    expect(page.data.map((method) => method.id)).toEqual([card.id]);
    expect(page.data[0]).toMatchObject({ customerId, type: "card", card: { last4: "4242", brand: "visa" } });
    expect(await rejectionOf(sdk.paymentMethods.detach(card.id))).toMatchObject({ status: 409, code: "invalid_state" });
    const spare = await attachCard(
      tenant,
      customerId,
      { number: TEST_CARDS.mastercard.number, expMonth: 1, expYear: 2035, cvc: "123" },
      { makeDefault: false },
    );
    const cards: string[] = [];
    for await (const method of sdk.paymentMethods.listAll(customerId, { limit: 1 })) cards.push(method.id);
    expect(cards.sort()).toEqual([card.id, spare.id].sort());
    expect(await sdk.paymentMethods.detach(spare.id)).toMatchObject({ id: spare.id, customerId });
    expect((await sdk.paymentMethods.list(customerId)).data.map((method) => method.id)).toEqual([card.id]);
    expect(await rejectionOf(sdk.paymentMethods.detach(spare.id))).toMatchObject({ status: 404, code: "not_found" });
  });

  it("lists, filters, pages and retrieves events", async () => {
    const { workspace, subscription } = await createSubscribedCustomer();
    const { sdk } = inProcessClient(workspace.key);
    await sdk.subscriptions.cancel(subscription.id, { reason: "merchant" });
    const cancelled = await sdk.events.list({ type: "subscription.cancelled" });
    expect(cancelled.data).toHaveLength(1);
    const event = cancelled.data[0]!;
    expect(event).toMatchObject({ type: "subscription.cancelled", accountId: workspace.accountId, mode: "test", data: { object: { id: subscription.id } } });
    expect(await sdk.events.get(event.id)).toEqual(event);
    const all: string[] = [];
    for await (const item of sdk.events.listAll({ limit: 1, order: "asc" })) all.push(item.type);
    expect(all.at(-1)).toBe("subscription.cancelled");
    expect(all.length).toBeGreaterThanOrEqual(1);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await sdk.events.list({ occurredAfter: future })).data).toEqual([]);
  });

  it("creates, lists, updates, reads the deliveries of, rotates and deletes webhook endpoints (official names)", async () => {
    const { workspace, customerId, subscription } = await createSubscribedCustomer();
    const { sdk } = inProcessClient(workspace.key);
    const created = await sdk.webhookEndpoints.create({ url: "https://example.com/hooks/sdk", events: ["plugipay.subscription.canceled.v1"] });
    expect(created).toMatchObject({ url: "https://example.com/hooks/sdk", eventNaming: "versioned", active: true });
    expect(created.secret).toMatch(/^whsec_/);
    expect((await sdk.webhookEndpoints.list()).map((endpoint) => endpoint.id)).toEqual([created.id]);
    expect(await sdk.webhookEndpoints.update(created.id, { description: "Billing" })).toMatchObject({ id: created.id, description: "Billing" });
    await sdk.subscriptions.cancel(subscription.id, "now", "merchant");
    const deliveries = await sdk.webhookEndpoints.listDeliveries({ endpointId: created.id });
    expect(deliveries.data.map((delivery) => delivery.type)).toEqual(["plugipay.subscription.canceled.v1"]);
    const rotated = await sdk.webhookEndpoints.rotateSecret(created.id);
    expect(rotated.secret).not.toBe(created.secret);
    expect(await sdk.webhookEndpoints.delete(created.id)).toMatchObject({ id: created.id });
    expect(await rejectionOf(sdk.webhookEndpoints.get(created.id))).toMatchObject({ status: 404, code: "not_found" });
    expect(await sdk.customers.get(customerId)).toMatchObject({ id: customerId });
  });
});
