// The delivery log across endpoints (docs/api.md §10.8), at the paths the official SDK calls; the
// per-endpoint routes in ./webhooks.ts stay. Domain logic lives in lib/webhooks/delivery-log.ts.
import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import { WebhookDeliveryResource } from "../../webhooks/webhook-schemas";
import { ListDeliveryLogQuery } from "../../webhooks/delivery-log-schemas";
import { getDelivery, listDeliveryLog, retryDelivery } from "../../webhooks/delivery-log";

const A_DELIVERY = { status: 200, data: WebhookDeliveryResource } as const;

export const webhookDeliveriesEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/webhooks/deliveries",
    scope: "plugipay:webhooks:read",
    rateClass: "read",
    query: ListDeliveryLogQuery,
    success: { status: 200, list: WebhookDeliveryResource },
    summary: "List deliveries across every endpoint, newest first, each with its attempt log",
    async handle({ tenant, query }) {
      const { limit, cursor, order, ...filters } = query;
      return { list: await listDeliveryLog(tenant, filters, { limit, cursor, order }) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/webhooks/deliveries/:id",
    scope: "plugipay:webhooks:read",
    rateClass: "read",
    success: A_DELIVERY,
    summary: "Retrieve one delivery with its attempt log",
    async handle({ tenant, params }) {
      return { data: await getDelivery(tenant, params.id) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/webhooks/deliveries/:id/retry",
    scope: "plugipay:webhooks:write",
    rateClass: "mutating",
    body: EmptyBody,
    success: A_DELIVERY,
    summary: "Queue one delivery for another attempt now (409 already_queued, or endpoint_disabled while its endpoint is disabled)",
    async handle({ tenant, params }) {
      return { data: await retryDelivery(tenant, params.id) };
    },
  }),
];
