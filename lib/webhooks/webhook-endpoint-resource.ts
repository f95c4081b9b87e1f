// The API shape of a webhook endpoint (contract §10, Plugipay's WebhookEndpoint). The signing secret
// appears only in the create and rotate-secret responses, passed in by those two functions.
import type { WebhookEndpoint } from "../generated/prisma/client";

export type WebhookEndpointStatus = "enabled" | "disabled" | "errored";

export type WebhookEndpointResource = ReturnType<typeof toWebhookEndpointResource>;

export function toWebhookEndpointResource(endpoint: WebhookEndpoint, accountId: string) {
  return {
    id: endpoint.id,
    accountId,
    mode: endpoint.mode,
    url: endpoint.url,
    events: parseEvents(endpoint.events),
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
export function withSecret(resource: WebhookEndpointResource, secret: string): WebhookEndpointResource & { secret: string } {
  return { ...resource, secret };
}

/** An endpoint's stored `events` column (a JSON array) as a list of types. */
export function parseEvents(stored: string): string[] {
  const value: unknown = JSON.parse(stored);
  return Array.isArray(value) ? value.filter((type): type is string => typeof type === "string") : [];
}
