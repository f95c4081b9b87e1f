// The delivery log across a tenant's endpoints (docs/api.md §10.8): GET /webhooks/deliveries,
// GET /webhooks/deliveries/{id} and POST /webhooks/deliveries/{id}/retry, the routes the official
// SDK calls. Retrying reuses the per-endpoint rule (lib/webhooks/retry-webhook-delivery.ts).
import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { createdWithin } from "../api/list-query-schemas";
import { bothNamesOf } from "../events/event-catalogue-schemas";
import { paginate, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";
import { retryWebhookDelivery } from "./retry-webhook-delivery";
import { toWebhookDeliveryResource, WITH_ATTEMPT_LOG } from "./webhook-delivery-resource";
import type { DeliveryLogFilters } from "./delivery-log-schemas";

export async function listDeliveryLog(tenant: Tenant, filters: DeliveryLogFilters, page: PageRequest) {
  const where = {
    endpoint: tenantWhere(tenant),
    ...(filters.endpointId ? { endpointId: filters.endpointId } : {}),
    ...(filters.eventId ? { eventId: filters.eventId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    // A delivery's type is written in its endpoint's naming, so a filter matches both names.
    ...(filters.type ? { eventType: { in: bothNamesOf(filters.type) } } : {}),
    ...createdWithin(filters),
  };
  const result = await paginate(
    page,
    (id) => prisma.webhookDelivery.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) => prisma.webhookDelivery.findMany({ where: { ...where, ...after }, orderBy, take, include: WITH_ATTEMPT_LOG }),
  );
  return { ...result, items: result.items.map(toWebhookDeliveryResource) };
}

async function findDelivery(tenant: Tenant, deliveryId: string) {
  const delivery = await prisma.webhookDelivery.findFirst({ where: { id: deliveryId, endpoint: tenantWhere(tenant) }, include: WITH_ATTEMPT_LOG });
  if (!delivery) throw notFound("webhook delivery", deliveryId);
  return delivery;
}

export async function getDelivery(tenant: Tenant, deliveryId: string) {
  return toWebhookDeliveryResource(await findDelivery(tenant, deliveryId));
}

export async function retryDelivery(tenant: Tenant, deliveryId: string) {
  const delivery = await findDelivery(tenant, deliveryId);
  return retryWebhookDelivery(tenant, delivery.endpointId, delivery.id);
}
