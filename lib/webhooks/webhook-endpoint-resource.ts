// The API shape of a webhook endpoint (docs/api.md §10, Plugipay's WebhookEndpoint). The signing secret
// appears only in the create and rotate-secret responses, passed in by those two functions.
import type { WebhookEndpoint } from "../generated/prisma/client";
import { inEndpointNaming, toEventNaming } from "./endpoint-event-naming";
import type { WebhookEndpointResource, WebhookEndpointStatus, WebhookEndpointWithSecretResource } from "./webhook-schemas";

/** status is stored as a plain string of ENDPOINT_STATUSES (docs/decisions/0009-response-schemas.md). */
export function toWebhookEndpointResource(endpoint: WebhookEndpoint, accountId: string): WebhookEndpointResource {
  return {
    id: endpoint.id,
    accountId,
    mode: endpoint.mode,
    url: endpoint.url,
    events: inEndpointNaming(toEventNaming(endpoint.eventNaming), parseEvents(endpoint.events)),
    eventNaming: toEventNaming(endpoint.eventNaming),
    description: endpoint.description,
    active: endpoint.active,
    status: endpoint.status as WebhookEndpointStatus,
    consecutiveFailures: endpoint.consecutiveFailures,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    disabledReason: endpoint.disabledReason,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

/** The resource with its plaintext secret: only for the create and rotate-secret responses. */
export function withSecret(resource: WebhookEndpointResource, secret: string): WebhookEndpointWithSecretResource {
  return { ...resource, secret };
}

/** An endpoint's stored `events` column (a JSON array) as a list of types. */
export function parseEvents(stored: string): string[] {
  const value: unknown = JSON.parse(stored);
  return Array.isArray(value) ? value.filter((type): type is string => typeof type === "string") : [];
}
