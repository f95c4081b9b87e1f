// Every endpoint we serve, called through the signed API, with each object it answers (and each item
// of a list) held to the official SDK's field table (issue 9, item 4): a field the SDK declares that
// is missing, null where it may not be, or of another kind fails here. An endpoint added to the table
// without a case below fails too, so no new route escapes the check.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENDPOINTS } from "../api/endpoints";
import { prisma } from "../db";
import { newId } from "../ids";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { useTxtResolver } from "../settings/dns-txt-resolver";
import { handleApiRequest } from "../api/handle-api-request";
import { buildSignedRequest, type ApiCall } from "../testing/api-client";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { createTestInvoice } from "../invoices/invoice-test-fixtures";
import { fieldTableProblems } from "./field-table-problems";
import type { ObjectName } from "./official-sdk-field-tables";
import { SDK_OBJECT_BY_ROUTE } from "./route-objects";

vi.hoisted(() => {
  // One workspace calls every endpoint back to back: on a fast machine that outruns the mutating
  // bucket (20 a second). This test checks fields; rate limits have their own tests.
  process.env.RATE_LIMIT_MULTIPLIER = "1000";
});

type World = Awaited<ReturnType<typeof createSubscribedCustomer>>;

type Request = Omit<ApiCall, "key">;

/** How to call a route; which SDK object it answers is lib/sdk-compat/route-objects.ts. */
type Case = {
  /** Why the route has no table, when the SDK declares no type for its answer. */
  untyped?: string;
  request(world: World): Promise<Request> | Request;
};

const NO_SDK_TYPE = "the official SDK declares no type for it";

let world: World;

beforeAll(async () => {
  world = await createSubscribedCustomer();
});

afterAll(() => useTxtResolver(null));

type Answer = { status: number; data: unknown; error: unknown };

/** Signed as the SDKs sign; a file answer (the PDF) has no envelope to read. */
async function api(request: Request): Promise<Answer> {
  const method = request.method ?? (request.body === undefined ? "GET" : "POST");
  const idempotencyKey = method === "GET" ? undefined : `idem_${newId("event")}`;
  const response = await handleApiRequest(buildSignedRequest({ key: world.workspace.key, ...request, method, idempotencyKey }));
  if (!(response.headers.get("content-type") ?? "").includes("json")) return { status: response.status, data: null, error: null };
  const envelope = (await response.json()) as { data: unknown; error: unknown };
  return { status: response.status, data: envelope.data, error: envelope.error };
}

async function created(request: Request): Promise<Record<string, unknown>> {
  const result = await api(request);
  expect(result.status, JSON.stringify(result.error)).toBeLessThan(300);
  return result.data as Record<string, unknown>;
}

const newCustomer = () => created({ path: "/v1/customers", body: { email: "fields@example.com", name: "Field Table" } });
const newPlan = () =>
  created({ path: "/v1/plans", body: { name: "Fields", interval: "month", prices: [{ currency: "USD", unitAmount: 1500, model: "flat" }] } });
const newSubscription = async ({ customerId, plans }: World) =>
  created({ path: "/v1/subscriptions", body: { customerId, planId: plans.starter.planId, priceId: plans.starter.priceId } });
const newWebhook = () => created({ path: "/v1/webhooks", body: { url: "https://example.com/hooks/fields" } });

async function deliveryOf(endpointId: string): Promise<string> {
  await api({ method: "PATCH", path: `/v1/customers/${world.customerId}`, body: { name: `Delivered ${newId("event")}` } });
  const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId } });
  return delivery.id;
}

const CASES: Record<string, Case> = {
  "POST /portal-sessions": {
    request: ({ customerId }) => ({ path: "/v1/portal-sessions", body: { customerId, returnUrl: "https://example.com/account" } }),
  },
  "POST /customers": { request: () => ({ path: "/v1/customers", body: { email: "new@example.com" } }) },
  "GET /customers": { request: () => ({ path: "/v1/customers" }) },
  "GET /customers/:id": { request: ({ customerId }) => ({ path: `/v1/customers/${customerId}` }) },
  "PATCH /customers/:id": {
    request: ({ customerId }) => ({ method: "PATCH", path: `/v1/customers/${customerId}`, body: { metadata: { tier: "gold" } } }),
  },
  "POST /plans": {
    request: () => ({ path: "/v1/plans", body: { name: "Team", interval: "year", prices: [{ currency: "USD", unitAmount: 9000, model: "flat" }] } }),
  },
  "GET /plans": { request: () => ({ path: "/v1/plans" }) },
  "GET /plans/:id": { request: ({ plans }) => ({ path: `/v1/plans/${plans.pro.planId}` }) },
  "PATCH /plans/:id": {
    request: ({ plans }) => ({ method: "PATCH", path: `/v1/plans/${plans.business.planId}`, body: { description: "For teams" } }),
  },
  "POST /plans/:id/archive": { request: async () => ({ path: `/v1/plans/${(await newPlan()).id as string}/archive`, body: {} }) },
  "POST /plans/:id/prices": {
    request: async () => ({ path: `/v1/plans/${(await newPlan()).id as string}/prices`, body: { currency: "EUR", unitAmount: 1400, model: "flat" } }),
  },
  "POST /subscriptions": {
    request: ({ customerId, plans }) => ({ path: "/v1/subscriptions", body: { customerId, planId: plans.business.planId, priceId: plans.business.priceId } }),
  },
  "GET /subscriptions": { request: () => ({ path: "/v1/subscriptions" }) },
  "GET /subscriptions/:id": { request: ({ subscription }) => ({ path: `/v1/subscriptions/${subscription.id}` }) },
  "PATCH /subscriptions/:id": {
    request: ({ subscription }) => ({ method: "PATCH", path: `/v1/subscriptions/${subscription.id}`, body: { metadata: { seats: "3" } } }),
  },
  "POST /subscriptions/:id/cancel": {
    request: async (world) => ({ path: `/v1/subscriptions/${(await newSubscription(world)).id as string}/cancel`, body: { at: "period_end" } }),
  },
  "POST /subscriptions/:id/pause": {
    request: async (world) => ({ path: `/v1/subscriptions/${(await newSubscription(world)).id as string}/pause`, body: {} }),
  },
  "POST /subscriptions/:id/resume": {
    request: async (world) => {
      const id = (await newSubscription(world)).id as string;
      await created({ path: `/v1/subscriptions/${id}/pause`, body: {} });
      return { path: `/v1/subscriptions/${id}/resume`, body: {} };
    },
  },
  "GET /invoices": { request: () => ({ path: "/v1/invoices" }) },
  "GET /invoices/:id": { request: ({ invoice }) => ({ path: `/v1/invoices/${invoice.id}` }) },
  "GET /invoices/:id/pdf": { untyped: "the answer is a PDF file", request: ({ invoice }) => ({ path: `/v1/invoices/${invoice.id}/pdf` }) },
  "POST /invoices/:id/pay": {
    request: async ({ tenant, customerId }) => ({ path: `/v1/invoices/${(await createTestInvoice(tenant, customerId)).id}/pay`, body: {} }),
  },
  "POST /invoices/:id/void": {
    request: async ({ tenant, customerId }) => ({ path: `/v1/invoices/${(await createTestInvoice(tenant, customerId)).id}/void`, body: {} }),
  },
  "POST /invoices/:id/finalize": {
    request: async ({ tenant, customerId }) => ({
      path: `/v1/invoices/${(await createTestInvoice(tenant, customerId, { status: "draft" })).id}/finalize`,
      body: {},
    }),
  },
  "POST /invoices/:id/send-email": {
    request: async ({ tenant, customerId }) => ({ path: `/v1/invoices/${(await createTestInvoice(tenant, customerId)).id}/send-email`, body: {} }),
  },
  "POST /invoices": {
    request: ({ customerId }) => ({
      path: "/v1/invoices",
      body: { customerId, currency: "USD", lines: [{ description: "Setup", quantity: 1, unitAmount: 2500 }] },
    }),
  },
  "GET /invoices/:id/invoice.pdf": {
    untyped: "the answer is a PDF file",
    request: ({ invoice }) => ({ path: `/v1/invoices/${invoice.id}/invoice.pdf` }),
  },
  "DELETE /customers/:id": {
    untyped: "the SDK reads no body back",
    request: async () => ({ method: "DELETE", path: `/v1/customers/${(await newCustomer()).id as string}` }),
  },
  "GET /webhooks/deliveries": {
    request: async () => (await deliveryOf((await newWebhook()).id as string), { path: "/v1/webhooks/deliveries" }),
  },
  "GET /webhooks/deliveries/:id": {
    request: async () => ({ path: `/v1/webhooks/deliveries/${await deliveryOf((await newWebhook()).id as string)}` }),
  },
  "POST /webhooks/deliveries/:id/retry": {
    request: async () => {
      const deliveryId = await deliveryOf((await newWebhook()).id as string);
      await prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "failed", nextAttemptAt: null } });
      return { path: `/v1/webhooks/deliveries/${deliveryId}/retry`, body: {} };
    },
  },
  "GET /customers/:id/payment-methods": {
    untyped: NO_SDK_TYPE,
    request: ({ customerId }) => ({ path: `/v1/customers/${customerId}/payment-methods` }),
  },
  "POST /payment-methods/:id/detach": {
    untyped: NO_SDK_TYPE,
    request: async ({ tenant }) => {
      const customerId = (await newCustomer()).id as string;
      const card = await attachCard(tenant, customerId, { number: TEST_CARDS.visa.number, expMonth: 12, expYear: 2034, cvc: "123" }, { makeDefault: false });
      return { path: `/v1/payment-methods/${card.id}/detach`, body: {} };
    },
  },
  "GET /portal-settings": { untyped: NO_SDK_TYPE, request: () => ({ path: "/v1/portal-settings" }) },
  "PATCH /portal-settings": {
    untyped: NO_SDK_TYPE,
    request: () => ({ method: "PATCH", path: "/v1/portal-settings", body: { brandName: "Acme" } }),
  },
  "POST /portal-settings/custom-domain/verify": {
    untyped: NO_SDK_TYPE,
    request: async () => {
      const settings = await created({ method: "PATCH", path: "/v1/portal-settings", body: { customDomain: "billing.fields.example.com" } });
      const { value } = settings.customDomainVerification as { value: string };
      useTxtResolver(() => Promise.resolve([value]));
      return { path: "/v1/portal-settings/custom-domain/verify", body: {} };
    },
  },
  "GET /events": { request: () => ({ path: "/v1/events" }) },
  "GET /events/types": { untyped: NO_SDK_TYPE, request: () => ({ path: "/v1/events/types" }) },
  "GET /events/:id": {
    request: async ({ tenant }) => ({ path: `/v1/events/${(await prisma.event.findFirstOrThrow({ where: { workspaceId: tenant.workspaceId } })).id}` }),
  },
  "GET /test/clocks": { untyped: NO_SDK_TYPE, request: () => ({ path: "/v1/test/clocks" }) },
  "POST /test/clocks/advance": {
    request: ({ subscription }) => ({ path: "/v1/test/clocks/advance", body: { seconds: 60, subscriptionId: subscription.id } }),
  },
  "POST /webhooks": { request: () => ({ path: "/v1/webhooks", body: { url: "https://example.com/hooks/new" } }) },
  "GET /webhooks": { request: async () => (await newWebhook(), { path: "/v1/webhooks" }) },
  "GET /webhooks/:id": { request: async () => ({ path: `/v1/webhooks/${(await newWebhook()).id as string}` }) },
  "PATCH /webhooks/:id": {
    request: async () => ({ method: "PATCH", path: `/v1/webhooks/${(await newWebhook()).id as string}`, body: { description: "Orders" } }),
  },
  "DELETE /webhooks/:id": { request: async () => ({ method: "DELETE", path: `/v1/webhooks/${(await newWebhook()).id as string}` }) },
  "POST /webhooks/:id/rotate-secret": {
    request: async () => ({ path: `/v1/webhooks/${(await newWebhook()).id as string}/rotate-secret`, body: {} }),
  },
  "GET /webhooks/:id/deliveries": {
    request: async () => {
      const endpointId = (await newWebhook()).id as string;
      await deliveryOf(endpointId);
      return { path: `/v1/webhooks/${endpointId}/deliveries` };
    },
  },
  "POST /webhooks/:id/deliveries/:deliveryId/retry": {
    request: async () => {
      const endpointId = (await newWebhook()).id as string;
      const deliveryId = await deliveryOf(endpointId);
      await prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "failed", nextAttemptAt: null } });
      return { path: `/v1/webhooks/${endpointId}/deliveries/${deliveryId}/retry`, body: {} };
    },
  },
};

describe("every endpoint answers objects complete by the official SDK's field tables", () => {
  it("has a case and a route object for every endpoint we serve", () => {
    const routes = ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(routes.filter((route) => !(route in CASES))).toEqual([]);
    expect(routes.filter((route) => !(route in SDK_OBJECT_BY_ROUTE))).toEqual([]);
  });

  for (const endpoint of ENDPOINTS) {
    const route = `${endpoint.method} ${endpoint.path}`;
    const testCase = CASES[route];
    const { table, property } = SDK_OBJECT_BY_ROUTE[route] ?? { table: null };
    if (!testCase) continue;
    it(`${route}: ${table ? `holds to the ${table} table` : `answers (${testCase.untyped ?? NO_SDK_TYPE})`}`, async () => {
      const result = await api(await testCase.request(world));
      expect(result.status, JSON.stringify(result.error)).toBe(endpoint.success.status);
      if (!table) return;
      const data = result.data as Record<string, unknown>;
      const items = "list" in endpoint.success ? (result.data as unknown[]) : [property ? data[property] : data];
      expect(items.length, "a list case must answer at least one item to check").toBeGreaterThan(0);
      expect(items.flatMap((item) => fieldTableProblems(table, item))).toEqual([]);
    });
  }

  it("puts complete objects in events: each event's data.object holds to its aggregate's table", async () => {
    const tables: Record<string, ObjectName> = { customer: "customer", plan: "plan", subscription: "subscription", invoice: "invoice" };
    const page = await api({ path: "/v1/events?limit=100" });
    const events = page.data as { type: string; data: { aggregateType: string; object: unknown } }[];
    // The renewal job's subscription.renewed carries a partial object, as the SDK's type says.
    const checked = events.filter((event) => event.data.aggregateType in tables && !event.type.includes("renewed"));
    expect(new Set(checked.map((event) => event.data.aggregateType))).toEqual(new Set(Object.keys(tables)));
    expect(checked.flatMap((event) => fieldTableProblems(tables[event.data.aggregateType]!, event.data.object, `${event.type}.data.object`))).toEqual([]);
  });
});
