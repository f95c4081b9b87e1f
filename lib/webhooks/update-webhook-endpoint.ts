// PATCH /webhooks/{id}: url, events (either name), eventNaming (docs/api.md §8.3), description, and `active`. `active: false` pauses the endpoint;
// `active: true` on a paused, disabled or errored endpoint re-enables it and clears its failure
// streak, so its pending deliveries resume (the delivery worker serves only enabled, active endpoints).
import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { now } from "../clock";
import { tenantWhere, type Tenant } from "../tenancy";
import { notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { assertWebhookUrlAllowed } from "./webhook-url";
import { toWebhookEndpointResource } from "./webhook-endpoint-resource";
import type { UpdateWebhookInput } from "./webhook-schemas";
import { toEventNaming, toStoredEventTypes, updatedEventNaming } from "./endpoint-event-naming";

export async function updateWebhookEndpoint(tenant: Tenant, endpointId: string, input: UpdateWebhookInput) {
  const endpoint = await findWebhookEndpoint(tenant, endpointId);
  if (input.url !== undefined) assertWebhookUrlAllowed(input.url, tenant.mode, { allowPrivateTargets: env().webhookAllowPrivateTargets });
  const changes: Prisma.WebhookEndpointUpdateManyMutationInput = {};
  if (input.url !== undefined) changes.url = input.url;
  if (input.events !== undefined) changes.events = JSON.stringify(toStoredEventTypes(input.events));
  const eventNaming = updatedEventNaming(toEventNaming(endpoint.eventNaming), input);
  if (eventNaming !== endpoint.eventNaming) changes.eventNaming = eventNaming;
  if (input.description !== undefined) changes.description = input.description;
  if (input.active === false) changes.active = false;
  if (input.active === true && (!endpoint.active || endpoint.status !== "enabled")) {
    Object.assign(changes, {
      active: true,
      status: "enabled",
      consecutiveFailures: 0,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
    });
  }
  if (Object.keys(changes).length === 0) return toWebhookEndpointResource(endpoint, tenant.accountId);
  const updated = await prisma.webhookEndpoint.updateMany({
    where: { id: endpoint.id, ...tenantWhere(tenant) },
    data: { ...changes, updatedAt: now() },
  });
  if (updated.count === 0) throw notFound("webhook endpoint", endpointId);
  return toWebhookEndpointResource(await findWebhookEndpoint(tenant, endpointId), tenant.accountId);
}
