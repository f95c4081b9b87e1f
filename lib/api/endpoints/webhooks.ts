// Webhook endpoints and their deliveries (docs/api.md §8, §10). Domain logic lives in lib/webhooks.
import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import {
  CreateWebhookBody,
  ListDeliveriesQuery,
  UpdateWebhookBody,
  WebhookDeliveryResource,
  WebhookEndpointResource,
  WebhookEndpointWithSecretResource,
} from "../../webhooks/webhook-schemas";
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
const AN_ENDPOINT = { status: 200, data: WebhookEndpointResource } as const;

export const webhooksEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/webhooks",
    scope: WRITE,
    rateClass: "mutating",
    body: CreateWebhookBody,
    success: { status: 201, data: WebhookEndpointWithSecretResource },
    summary: "Create a webhook endpoint (the response carries its signing secret, shown only once)",
    async handle({ tenant, body }) {
      return { data: await createWebhookEndpoint(tenant, body) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/webhooks",
    scope: READ,
    rateClass: "read",
    success: { status: 200, list: WebhookEndpointResource },
    summary: "List webhook endpoints (not paginated)",
    async handle({ tenant }) {
      return { list: { items: await listWebhookEndpoints(tenant), cursor: null, hasMore: false } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/webhooks/:id",
    scope: READ,
    rateClass: "read",
    success: AN_ENDPOINT,
    summary: "Retrieve a webhook endpoint",
    async handle({ tenant, params }) {
      return { data: toWebhookEndpointResource(await findWebhookEndpoint(tenant, params.id), tenant.accountId) };
    },
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/webhooks/:id",
    scope: WRITE,
    rateClass: "mutating",
    body: UpdateWebhookBody,
    success: AN_ENDPOINT,
    summary: "Update a webhook endpoint; active: true re-enables it and clears its failure streak",
    async handle({ tenant, params, body }) {
      return { data: await updateWebhookEndpoint(tenant, params.id, body) };
    },
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/webhooks/:id",
    scope: WRITE,
    rateClass: "mutating",
    success: AN_ENDPOINT,
    summary: "Delete a webhook endpoint with its deliveries (answers with the deleted endpoint)",
    async handle({ tenant, params }) {
      return { data: await deleteWebhookEndpoint(tenant, params.id) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/webhooks/:id/rotate-secret",
    scope: WRITE,
    rateClass: "mutating",
    body: EmptyBody,
    success: { status: 200, data: WebhookEndpointWithSecretResource },
    summary: "Rotate the signing secret (the new one is shown once; the old one stays valid for 24 hours)",
    async handle({ tenant, params }) {
      return { data: await rotateWebhookSecret(tenant, params.id) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/webhooks/:id/deliveries",
    scope: READ,
    rateClass: "read",
    query: ListDeliveriesQuery,
    success: { status: 200, list: WebhookDeliveryResource },
    summary: "List an endpoint's deliveries with their attempt logs",
    async handle({ tenant, params, query }) {
      const { limit, cursor, order, status } = query;
      return { list: await listWebhookDeliveries(tenant, params.id, { status }, { limit, cursor, order }) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/webhooks/:id/deliveries/:deliveryId/retry",
    scope: WRITE,
    rateClass: "mutating",
    body: EmptyBody,
    success: { status: 200, data: WebhookDeliveryResource },
    summary: "Queue one delivery for another attempt now",
    async handle({ tenant, params }) {
      return { data: await retryWebhookDelivery(tenant, params.id, params.deliveryId) };
    },
  }),
];
