// Our SDK's customers.delete, customers.list with a created range (Dates sent as ISO 8601) and
// invoices.create, the official SDK's names, against the real API wrapper (docs/api.md §10.2, §10.5).
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { createTestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { PlugipayError } from "./errors";
import { inProcessClient, rejectionOf } from "./testing/in-process";

describe("customers.delete and customers.list({ createdAfter })", () => {
  it("deletes a customer, answers { id, deleted }, and a live subscription is a PlugipayError conflict", async () => {
    const workspace = await createTestWorkspace();
    const { sdk } = inProcessClient(workspace.key);
    const customer = await sdk.customers.create({ name: "Short-lived" });
    await prisma.customer.update({ where: { id: customer.id }, data: { createdAt: new Date("2026-03-01T00:00:00Z") } });
    expect((await sdk.customers.list({ createdAfter: new Date("2026-02-01T00:00:00Z"), createdBefore: "2026-04-01" })).data.map((c) => c.id)).toEqual([
      customer.id,
    ]);
    expect(await sdk.customers.delete(customer.id)).toEqual({ id: customer.id, deleted: true });
    expect((await sdk.customers.list({ createdAfter: new Date("2026-02-01T00:00:00Z"), createdBefore: "2026-04-01" })).data).toEqual([]);

    const subscribed = await createSubscribedCustomer();
    const refused = await rejectionOf(inProcessClient(subscribed.workspace.key).sdk.customers.delete(subscribed.customerId));
    expect(refused).toBeInstanceOf(PlugipayError);
    expect(refused).toMatchObject({ status: 409, code: "conflict" });
  });
});

describe("invoices.create", () => {
  it("creates a one-off draft that finalize and pay then settle", async () => {
    const { workspace, customerId } = await createSubscribedCustomer();
    const { sdk } = inProcessClient(workspace.key);
    const draft = await sdk.invoices.create({ customerId, currency: "USD", lines: [{ description: "Consulting", quantity: 3, unitAmount: 1500 }] });
    expect(draft).toMatchObject({ status: "draft", total: 4500, subscriptionId: null });
    expect((await sdk.invoices.finalize(draft.id)).status).toBe("open");
    expect(await sdk.invoices.pay(draft.id)).toMatchObject({ status: "paid", amountPaid: 4500 });
  });
});
