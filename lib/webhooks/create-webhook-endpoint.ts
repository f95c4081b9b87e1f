// POST /webhooks: a new endpoint with a fresh signing secret, stored sealed and returned only here;
// without `events` it receives every type, and its eventNaming follows docs/api.md §8.3.
import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { now } from "../clock";
import { newId } from "../ids";
import { AppError } from "../errors";
import { sealSecret } from "../crypto/secret-box";
import { tenantWhere, type Tenant } from "../tenancy";
import { newEndpointSecret } from "./endpoint-secrets";
import { assertWebhookUrlAllowed } from "./webhook-url";
import { toWebhookEndpointResource, withSecret } from "./webhook-endpoint-resource";
import { ALL_EVENTS, type CreateWebhookInput } from "./webhook-schemas";
import { defaultEventNaming, toStoredEventTypes } from "./endpoint-event-naming";

/** The list of endpoints is not paginated (as in Plugipay's API), so it stays bounded. */
export const MAX_ENDPOINTS_PER_MODE = 100;

export async function createWebhookEndpoint(tenant: Tenant, input: CreateWebhookInput) {
  assertWebhookUrlAllowed(input.url, tenant.mode, { allowPrivateTargets: env().webhookAllowPrivateTargets });
  const existing = await prisma.webhookEndpoint.count({ where: tenantWhere(tenant) });
  if (existing >= MAX_ENDPOINTS_PER_MODE) {
    throw new AppError("invalid_state", `A workspace may have at most ${MAX_ENDPOINTS_PER_MODE} webhook endpoints in each mode`);
  }
  const secret = newEndpointSecret();
  const createdAt = now();
  const endpoint = await prisma.webhookEndpoint.create({
    data: {
      id: newId("webhookEndpoint"),
      ...tenantWhere(tenant),
      url: input.url,
      events: JSON.stringify(toStoredEventTypes(input.events ?? [ALL_EVENTS])),
      eventNaming: input.eventNaming ?? defaultEventNaming(input.events),
      description: input.description ?? null,
      secretCiphertext: sealSecret(secret),
      createdAt,
      updatedAt: createdAt,
    },
  });
  return withSecret(toWebhookEndpointResource(endpoint, tenant.accountId), secret);
}
