// Our SDK answers to the official Node SDK's method names wherever the two cover the same routes
// (issue 9, item 4), so a merchant moves between them without renaming calls. The names and their
// routes are the official client's (hachimi-cat/plugipay-node, src/client.ts, newest version read);
// each one whose route this server serves must exist on our client under the same resource and name.
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "../api/endpoints";
import { PlugipayClient } from "./plugipay-client";

/** resource → official method → the route it calls (as our endpoint table writes routes). */
const OFFICIAL_METHODS: Record<string, Record<string, string>> = {
  portalSessions: { create: "POST /portal-sessions" },
  customers: {
    create: "POST /customers",
    get: "GET /customers/:id",
    list: "GET /customers",
    update: "PATCH /customers/:id",
    delete: "DELETE /customers/:id",
  },
  plans: {
    create: "POST /plans",
    get: "GET /plans/:id",
    list: "GET /plans",
    update: "PATCH /plans/:id",
    archive: "POST /plans/:id/archive",
    addPrice: "POST /plans/:id/prices",
  },
  subscriptions: {
    create: "POST /subscriptions",
    get: "GET /subscriptions/:id",
    update: "PATCH /subscriptions/:id",
    list: "GET /subscriptions",
    cancel: "POST /subscriptions/:id/cancel",
    pause: "POST /subscriptions/:id/pause",
    resume: "POST /subscriptions/:id/resume",
  },
  invoices: {
    create: "POST /invoices",
    get: "GET /invoices/:id",
    list: "GET /invoices",
    finalize: "POST /invoices/:id/finalize",
    pay: "POST /invoices/:id/pay",
    void: "POST /invoices/:id/void",
    sendEmail: "POST /invoices/:id/send-email",
  },
  webhookEndpoints: {
    list: "GET /webhooks",
    create: "POST /webhooks",
    update: "PATCH /webhooks/:id",
    delete: "DELETE /webhooks/:id",
    listDeliveries: "GET /webhooks/deliveries",
    getDelivery: "GET /webhooks/deliveries/:id",
    retryDelivery: "POST /webhooks/deliveries/:id/retry",
  },
  events: { list: "GET /events", get: "GET /events/:id" },
};

const SERVED = new Set(ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`));

const sdk = new PlugipayClient({
  keyId: "pk_test_abcdefghijklmnopqrstuvwx",
  secret: "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
  fetch: () => Promise.reject(new Error("no network")),
});

function methodsOf(resource: string): Record<string, unknown> {
  return (sdk as unknown as Record<string, Record<string, unknown>>)[resource] ?? {};
}

const shared = Object.entries(OFFICIAL_METHODS).flatMap(([resource, methods]) =>
  Object.entries(methods)
    .filter(([, route]) => SERVED.has(route))
    .map(([name]) => ({ resource, name })),
);

describe("method names shared with the official SDK", () => {
  it("offers every official method whose route we serve, under the same resource and name", () => {
    expect(shared.length).toBeGreaterThanOrEqual(30);
    expect(shared.filter(({ resource, name }) => typeof methodsOf(resource)[name] !== "function").map(({ resource, name }) => `${resource}.${name}`)).toEqual(
      [],
    );
  });

  it("keeps no second name for a shared call (no retrieve beside get)", () => {
    expect(Object.keys(OFFICIAL_METHODS).filter((resource) => "retrieve" in methodsOf(resource))).toEqual([]);
  });
});
