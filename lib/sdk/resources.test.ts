import { describe, expect, it } from "vitest";
import { PlugipayClient } from "./plugipay-client";
import { envelope, fakeFetch, type SentRequest } from "./testing/fake-fetch";

const KEY = { keyId: "pk_test_abcdefghijklmnopqrstuvwx", secret: "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx" };

function setup(respond?: (request: SentRequest) => Response | Promise<Response>) {
  const fake = fakeFetch(respond ?? (() => envelope(200, [])));
  return { sdk: new PlugipayClient({ ...KEY, fetch: fake.fetch }), fake };
}

type Call = [string, (sdk: PlugipayClient) => Promise<unknown>, string, string, unknown?];

// Every resource method: the method, target and exact JSON body it sends (docs/api.md §10).
const CALLS: Call[] = [
  [
    "portalSessions.create",
    (s) => s.portalSessions.create({ customerId: "cus_1", returnUrl: "https://a.example/r" }),
    "POST",
    "/api/v1/portal-sessions",
    { customerId: "cus_1", returnUrl: "https://a.example/r" },
  ],
  [
    "customers.create",
    (s) => s.customers.create({ email: "a@example.com", metadata: { k: "v" } }),
    "POST",
    "/api/v1/customers",
    { email: "a@example.com", metadata: { k: "v" } },
  ],
  ["customers.get", (s) => s.customers.get("cus_1"), "GET", "/api/v1/customers/cus_1"],
  ["customers.list", (s) => s.customers.list({ email: "a@example.com", limit: 2 }), "GET", "/api/v1/customers?email=a%40example.com&limit=2"],
  ["customers.update", (s) => s.customers.update("cus_1", { name: null }), "PATCH", "/api/v1/customers/cus_1", { name: null }],
  [
    "plans.create",
    (s) => s.plans.create({ name: "Pro", interval: "month", prices: [{ currency: "USD", unitAmount: 4900, model: "flat" }] }),
    "POST",
    "/api/v1/plans",
    { name: "Pro", interval: "month", prices: [{ currency: "USD", unitAmount: 4900, model: "flat" }] },
  ],
  ["plans.get", (s) => s.plans.get("plan_1"), "GET", "/api/v1/plans/plan_1"],
  ["plans.list", (s) => s.plans.list({ active: true, order: "asc" }), "GET", "/api/v1/plans?active=true&order=asc"],
  ["plans.update", (s) => s.plans.update("plan_1", { trialDays: 7 }), "PATCH", "/api/v1/plans/plan_1", { trialDays: 7 }],
  ["plans.archive", (s) => s.plans.archive("plan_1"), "POST", "/api/v1/plans/plan_1/archive", {}],
  [
    "plans.addPrice",
    (s) => s.plans.addPrice("plan_1", { currency: "IDR", unitAmount: 150000, model: "flat" }),
    "POST",
    "/api/v1/plans/plan_1/prices",
    { currency: "IDR", unitAmount: 150000, model: "flat" },
  ],
  [
    "subscriptions.create",
    (s) => s.subscriptions.create({ customerId: "cus_1", planId: "plan_1", priceId: "price_1" }),
    "POST",
    "/api/v1/subscriptions",
    { customerId: "cus_1", planId: "plan_1", priceId: "price_1" },
  ],
  ["subscriptions.get", (s) => s.subscriptions.get("sub_1"), "GET", "/api/v1/subscriptions/sub_1"],
  ["subscriptions.list", (s) => s.subscriptions.list({ customerId: "cus_1", status: "active" }), "GET", "/api/v1/subscriptions?customerId=cus_1&status=active"],
  ["subscriptions.update", (s) => s.subscriptions.update("sub_1", { priceId: "price_2" }), "PATCH", "/api/v1/subscriptions/sub_1", { priceId: "price_2" }],
  ["subscriptions.cancel()", (s) => s.subscriptions.cancel("sub_1"), "POST", "/api/v1/subscriptions/sub_1/cancel", { at: "period_end" }],
  [
    "subscriptions.cancel(now)",
    (s) => s.subscriptions.cancel("sub_1", { at: "now", reason: "merchant" }),
    "POST",
    "/api/v1/subscriptions/sub_1/cancel",
    { at: "now", reason: "merchant" },
  ],
  ["subscriptions.pause()", (s) => s.subscriptions.pause("sub_1"), "POST", "/api/v1/subscriptions/sub_1/pause", {}],
  [
    "subscriptions.pause(resumeAt)",
    (s) => s.subscriptions.pause("sub_1", { resumeAt: "2026-06-01T00:00:00.000Z" }),
    "POST",
    "/api/v1/subscriptions/sub_1/pause",
    { resumeAt: "2026-06-01T00:00:00.000Z" },
  ],
  [
    "subscriptions.cancel(id, at, reason)",
    (s) => s.subscriptions.cancel("sub_1", "now", "merchant"),
    "POST",
    "/api/v1/subscriptions/sub_1/cancel",
    { at: "now", reason: "merchant" },
  ],
  [
    "subscriptions.pause(id, resumeAt)",
    (s) => s.subscriptions.pause("sub_1", "2026-06-01T00:00:00.000Z"),
    "POST",
    "/api/v1/subscriptions/sub_1/pause",
    { resumeAt: "2026-06-01T00:00:00.000Z" },
  ],
  ["subscriptions.resume", (s) => s.subscriptions.resume("sub_1"), "POST", "/api/v1/subscriptions/sub_1/resume", {}],
  ["invoices.get", (s) => s.invoices.get("inv_1"), "GET", "/api/v1/invoices/inv_1"],
  ["invoices.list", (s) => s.invoices.list({ subscriptionId: "sub_1", status: "open" }), "GET", "/api/v1/invoices?subscriptionId=sub_1&status=open"],
  ["invoices.pay", (s) => s.invoices.pay("inv_1"), "POST", "/api/v1/invoices/inv_1/pay", {}],
  ["invoices.void", (s) => s.invoices.void("inv_1"), "POST", "/api/v1/invoices/inv_1/void", {}],
  ["invoices.finalize", (s) => s.invoices.finalize("inv_1"), "POST", "/api/v1/invoices/inv_1/finalize", {}],
  ["invoices.sendEmail()", (s) => s.invoices.sendEmail("inv_1"), "POST", "/api/v1/invoices/inv_1/send-email", {}],
  ["invoices.sendEmail(to)", (s) => s.invoices.sendEmail("inv_1", "ap@example.com"), "POST", "/api/v1/invoices/inv_1/send-email", { to: "ap@example.com" }],
  ["paymentMethods.list", (s) => s.paymentMethods.list("cus_1", { limit: 3 }), "GET", "/api/v1/customers/cus_1/payment-methods?limit=3"],
  ["paymentMethods.detach", (s) => s.paymentMethods.detach("pm_1"), "POST", "/api/v1/payment-methods/pm_1/detach", {}],
  ["portalSettings.get", (s) => s.portalSettings.get(), "GET", "/api/v1/portal-settings"],
  [
    "portalSettings.update",
    (s) => s.portalSettings.update({ changePlan: false, brandName: "Acme" }),
    "PATCH",
    "/api/v1/portal-settings",
    { changePlan: false, brandName: "Acme" },
  ],
  ["portalSettings.verifyCustomDomain", (s) => s.portalSettings.verifyCustomDomain(), "POST", "/api/v1/portal-settings/custom-domain/verify", {}],
  ["webhookEndpoints.list", (s) => s.webhookEndpoints.list(), "GET", "/api/v1/webhooks"],
  [
    "webhookEndpoints.create",
    (s) => s.webhookEndpoints.create({ url: "https://a.example/hooks" }),
    "POST",
    "/api/v1/webhooks",
    { url: "https://a.example/hooks" },
  ],
  ["webhookEndpoints.get", (s) => s.webhookEndpoints.get("whep_1"), "GET", "/api/v1/webhooks/whep_1"],
  ["webhookEndpoints.update", (s) => s.webhookEndpoints.update("whep_1", { active: false }), "PATCH", "/api/v1/webhooks/whep_1", { active: false }],
  ["webhookEndpoints.delete", (s) => s.webhookEndpoints.delete("whep_1"), "DELETE", "/api/v1/webhooks/whep_1"],
  ["webhookEndpoints.rotateSecret", (s) => s.webhookEndpoints.rotateSecret("whep_1"), "POST", "/api/v1/webhooks/whep_1/rotate-secret", {}],
  [
    "webhookEndpoints.listDeliveries",
    (s) => s.webhookEndpoints.listDeliveries({ endpointId: "whep_1", status: "failed" }),
    "GET",
    "/api/v1/webhooks/deliveries?endpointId=whep_1&status=failed",
  ],
  ["webhookEndpoints.getDelivery", (s) => s.webhookEndpoints.getDelivery("whd_1"), "GET", "/api/v1/webhooks/deliveries/whd_1"],
  ["webhookEndpoints.retryDelivery", (s) => s.webhookEndpoints.retryDelivery("whd_1"), "POST", "/api/v1/webhooks/deliveries/whd_1/retry", {}],
  ["events.get", (s) => s.events.get("evt_1"), "GET", "/api/v1/events/evt_1"],
  [
    "events.list",
    (s) => s.events.list({ type: "invoice.paid", occurredAfter: "2026-01-01T00:00:00Z" }),
    "GET",
    "/api/v1/events?type=invoice.paid&occurredAfter=2026-01-01T00%3A00%3A00Z",
  ],
];

describe("resource routes", () => {
  it.each(CALLS)("%s", async (_name, call, method, target, body) => {
    const { sdk, fake } = setup();
    await call(sdk);
    expect(fake.sent).toHaveLength(1);
    expect(fake.last.method).toBe(method);
    expect(fake.last.target).toBe(target);
    if (body === undefined) expect(fake.last.body).toBeUndefined();
    else expect(fake.last.body).toBe(JSON.stringify(body));
  });

  it("returns `data` of objects and { data, cursor, hasMore } of lists", async () => {
    const { sdk } = setup((request) =>
      request.target.startsWith("/api/v1/customers?")
        ? envelope(200, [{ id: "cus_1" }], { cursor: "cur_1", hasMore: true })
        : envelope(200, { id: "cus_1", name: "Ada" }),
    );
    await expect(sdk.customers.get("cus_1")).resolves.toEqual({ id: "cus_1", name: "Ada" });
    await expect(sdk.customers.list({ limit: 1 })).resolves.toEqual({ data: [{ id: "cus_1" }], cursor: "cur_1", hasMore: true });
  });

  it("reads lists without pagination meta as a last page", async () => {
    const { sdk } = setup(() => envelope(200, []));
    await expect(sdk.events.list()).resolves.toEqual({ data: [], cursor: null, hasMore: false });
  });

  it("returns invoice PDFs as bytes and throws their error envelopes", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7 fake");
    const { sdk, fake } = setup((request) =>
      request.target.includes("inv_missing")
        ? Response.json({ data: null, error: { code: "not_found", message: "No such invoice" }, meta: { requestId: "req_P" } }, { status: 404 })
        : new Response(pdf, { headers: { "Content-Type": "application/pdf" } }),
    );
    const bytes = await sdk.invoices.pdf("inv_1");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes)).toBe("%PDF-1.7 fake");
    expect(fake.last).toMatchObject({ method: "GET", target: "/api/v1/invoices/inv_1/pdf" });
    expect(fake.last.headers["idempotency-key"]).toBeUndefined();
    await expect(sdk.invoices.pdf("inv_missing")).rejects.toMatchObject({ status: 404, code: "not_found", requestId: "req_P" });
  });
});

describe("pagination", () => {
  const pages: Record<string, { data: { id: string }[]; cursor: string | null; hasMore: boolean }> = {
    start: { data: [{ id: "cus_1" }, { id: "cus_2" }], cursor: "cur_a", hasMore: true },
    cur_a: { data: [{ id: "cus_3" }, { id: "cus_4" }], cursor: "cur_b", hasMore: true },
    cur_b: { data: [{ id: "cus_5" }], cursor: null, hasMore: false },
  };
  const server = (request: SentRequest) => {
    const cursor = new URL(request.url).searchParams.get("cursor") ?? "start";
    const page = pages[cursor]!;
    return envelope(200, page.data, { cursor: page.cursor, hasMore: page.hasMore });
  };

  it("listAll follows meta.cursor until hasMore is false", async () => {
    const { sdk, fake } = setup(server);
    const ids: string[] = [];
    for await (const customer of sdk.customers.listAll({ limit: 2, email: "a@example.com" })) ids.push(customer.id);
    expect(ids).toEqual(["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"]);
    expect(fake.sent.map((request) => request.target)).toEqual([
      "/api/v1/customers?limit=2&email=a%40example.com",
      "/api/v1/customers?limit=2&email=a%40example.com&cursor=cur_a",
      "/api/v1/customers?limit=2&email=a%40example.com&cursor=cur_b",
    ]);
  });

  it("client.paginate works with an unbound list method and stops early on break", async () => {
    const { sdk, fake } = setup(server);
    const ids: string[] = [];
    for await (const customer of sdk.paginate(sdk.customers.list, { limit: 2 })) {
      ids.push(customer.id);
      if (ids.length === 3) break;
    }
    expect(ids).toEqual(["cus_1", "cus_2", "cus_3"]);
    expect(fake.sent).toHaveLength(2);
  });

  it("paymentMethods.listAll pages one customer's cards", async () => {
    const { sdk, fake } = setup(() => envelope(200, [{ id: "pm_1" }], { cursor: null, hasMore: false }));
    const ids: string[] = [];
    for await (const method of sdk.paymentMethods.listAll("cus 1")) ids.push(method.id);
    expect(ids).toEqual(["pm_1"]);
    expect(fake.last.target).toBe("/api/v1/customers/cus%201/payment-methods");
  });

  it("stops when a server repeats a cursor", async () => {
    const { sdk, fake } = setup(() => envelope(200, [{ id: "evt_1" }], { cursor: "cur_same", hasMore: true }));
    const ids: string[] = [];
    for await (const event of sdk.events.listAll()) ids.push(event.id);
    expect(ids).toEqual(["evt_1", "evt_1"]);
    expect(fake.sent).toHaveLength(2);
  });
});
