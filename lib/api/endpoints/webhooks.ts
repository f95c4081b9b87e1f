// Webhook endpoints and their deliveries (contract §8, §10). Domain logic lives in lib/webhooks.
import type { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import { CreateWebhookBody, EmptyBody, ListDeliveriesQuery, UpdateWebhookBody } from "../../webhooks/webhook-schemas";
import { createWebhookEndpoint } from "../../webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "../../webhooks/list-webhook-endpoints";
import { findWebhookEndpoint } from "../../webhooks/find-webhook-endpoint";
import { updateWebhookEndpoint } from "../../webhooks/update-webhook-endpoint";
import { deleteWebhookEndpoint } from "../../webhooks/delete-webhook-endpoint";
import { rotateWebhookSecret } from "../../webhooks/rotate-webhook-secret";
import { listWebhookDeliveries } from "../../webhooks/list-webhook-deliveries";
import { retryWebhookDelivery } from "../../webhooks/retry-webhook-delivery";
import { toWebhookEndpointResource } from "../../webhooks/webhook-endpoint-resource";

const READ = "plugipay:webhooks:read";
const WRITE = "plugipay:webhooks:write";

export const webhooksEndpoints = endpointList(
  defineEndpoint<z.infer<typeof CreateWebhookBody>>({
    method: "POST", path: "/webhooks", scope: WRITE, rateClass: "mutating", body: CreateWebhookBody,
    summary: "Create a webhook endpoint (the response carries its signing secret, shown only once)",
    async handle({ tenant, body }) {
      return { status: 201, data: await createWebhookEndpoint(tenant, body) };
    },
  }),
  defineEndpoint({
    method: "GET", path: "/webhooks", scope: READ, rateClass: "read", summary: "List webhook endpoints (not paginated)",
    async handle({ tenant }) {
      return { status: 200, list: { items: await listWebhookEndpoints(tenant), cursor: null, hasMore: false } };
    },
  }),
  defineEndpoint({
    method: "GET", path: "/webhooks/:id", scope: READ, rateClass: "read", summary: "Retrieve a webhook endpoint",
    async handle({ tenant, params }) {
      return { status: 200, data: toWebhookEndpointResource(await findWebhookEndpoint(tenant, params.id ?? ""), tenant.accountId) };
    },
  }),
  defineEndpoint<z.infer<typeof UpdateWebhookBody>>({
    method: "PATCH", path: "/webhooks/:id", scope: WRITE, rateClass: "mutating", body: UpdateWebhookBody,
    summary: "Update a webhook endpoint; active: true re-enables it and clears its failure streak",
    async handle({ tenant, params, body }) {
      return { status: 200, data: await updateWebhookEndpoint(tenant, params.id ?? "", body) };
    },
  }),
  defineEndpoint({
    method: "DELETE", path: "/webhooks/:id", scope: WRITE, rateClass: "mutating",
    summary: "Delete a webhook endpoint with its deliveries (answers with the deleted endpoint)",
    async handle({ tenant, params }) {
      return { status: 200, data: await deleteWebhookEndpoint(tenant, params.id ?? "") };
    },
  }),
  defineEndpoint<z.infer<typeof EmptyBody>>({
    method: "POST", path: "/webhooks/:id/rotate-secret", scope: WRITE, rateClass: "mutating", body: EmptyBody,
    summary: "Rotate the signing secret (the new one is shown once; the old one stays valid for 24 hours)",
    async handle({ tenant, params }) {
      return { status: 200, data: await rotateWebhookSecret(tenant, params.id ?? "") };
    },
  }),
  defineEndpoint<undefined, z.infer<typeof ListDeliveriesQuery>>({
    method: "GET", path: "/webhooks/:id/deliveries", scope: READ, rateClass: "read", query: ListDeliveriesQuery,
    summary: "List an endpoint's deliveries with their attempt logs",
    async handle({ tenant, params, query }) {
      const { limit, cursor, order, status } = query;
      return { status: 200, list: await listWebhookDeliveries(tenant, params.id ?? "", { status }, { limit, cursor, order }) };
    },
  }),
  defineEndpoint<z.infer<typeof EmptyBody>>({
    method: "POST", path: "/webhooks/:id/deliveries/:deliveryId/retry", scope: WRITE, rateClass: "mutating", body: EmptyBody,
    summary: "Queue one delivery for another attempt now",
    async handle({ tenant, params }) {
      return { status: 200, data: await retryWebhookDelivery(tenant, params.id ?? "", params.deliveryId ?? "") };
    },
  }),
);
