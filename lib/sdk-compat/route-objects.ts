// Which of the official SDK's objects each route answers with (the data, or each item of a list), or
// null where the SDK declares no type for the answer. The field-table tests read this one map: the
// integration test holds the served answers to it, the OpenAPI test the documented schemas.
import type { ObjectName } from "./official-sdk-field-tables";

export type RouteObject = {
  readonly table: ObjectName | null;
  /** The property of the data that holds the object, when the data wraps it. */
  readonly property?: string;
};

const of = (table: ObjectName, property?: string): RouteObject => ({ table, property });
const UNTYPED: RouteObject = { table: null };

/** Keyed by "METHOD /path" as the endpoint table writes them. */
export const SDK_OBJECT_BY_ROUTE: Readonly<Record<string, RouteObject>> = {
  "POST /portal-sessions": of("portalSession"),
  "POST /customers": of("customer"),
  "GET /customers": of("customer"),
  "GET /customers/:id": of("customer"),
  "PATCH /customers/:id": of("customer"),
  "DELETE /customers/:id": UNTYPED,
  "POST /plans": of("plan"),
  "GET /plans": of("plan"),
  "GET /plans/:id": of("plan"),
  "PATCH /plans/:id": of("plan"),
  "POST /plans/:id/archive": of("plan"),
  "POST /plans/:id/prices": of("price"),
  "POST /subscriptions": of("subscription"),
  "GET /subscriptions": of("subscription"),
  "GET /subscriptions/:id": of("subscription"),
  "PATCH /subscriptions/:id": of("subscription"),
  "POST /subscriptions/:id/cancel": of("subscription"),
  "POST /subscriptions/:id/pause": of("subscription"),
  "POST /subscriptions/:id/resume": of("subscription"),
  "POST /invoices": of("invoice"),
  "GET /invoices": of("invoice"),
  "GET /invoices/:id": of("invoice"),
  "GET /invoices/:id/pdf": UNTYPED,
  "GET /invoices/:id/invoice.pdf": UNTYPED,
  "POST /invoices/:id/pay": of("invoice"),
  "POST /invoices/:id/void": of("invoice"),
  "POST /invoices/:id/finalize": of("invoice"),
  "POST /invoices/:id/send-email": of("sentInvoiceEmail"),
  "GET /customers/:id/payment-methods": UNTYPED,
  "POST /payment-methods/:id/detach": UNTYPED,
  "GET /portal-settings": UNTYPED,
  "PATCH /portal-settings": UNTYPED,
  "POST /portal-settings/custom-domain/verify": UNTYPED,
  "GET /events": of("event"),
  "GET /events/types": UNTYPED,
  "GET /events/:id": of("event"),
  "GET /test/clocks": UNTYPED,
  "POST /test/clocks/advance": of("subscription", "subscription"),
  "POST /webhooks": of("webhookEndpoint"),
  "GET /webhooks": of("webhookEndpoint"),
  "GET /webhooks/:id": of("webhookEndpoint"),
  "PATCH /webhooks/:id": of("webhookEndpoint"),
  "DELETE /webhooks/:id": of("webhookEndpoint"),
  "POST /webhooks/:id/rotate-secret": of("webhookEndpoint"),
  "GET /webhooks/:id/deliveries": of("webhookDelivery"),
  "POST /webhooks/:id/deliveries/:deliveryId/retry": of("webhookDelivery"),
  "GET /webhooks/deliveries": of("webhookDelivery"),
  "GET /webhooks/deliveries/:id": of("webhookDelivery"),
  "POST /webhooks/deliveries/:id/retry": of("webhookDelivery"),
};
