// GET /webhooks/{id}/deliveries: one endpoint's deliveries, keyset-paginated, each with its attempt
// log loaded by one include per page (never a query per delivery).
import "server-only";
import { prisma } from "../db";
import { paginate, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { toWebhookDeliveryResource, WITH_ATTEMPT_LOG } from "./webhook-delivery-resource";

export async function listWebhookDeliveries(tenant: Tenant, endpointId: string, filters: { status?: string }, page: PageRequest) {
  const endpoint = await findWebhookEndpoint(tenant, endpointId);
  const where = {
    endpointId: endpoint.id,
    endpoint: tenantWhere(tenant),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const result = await paginate(
    page,
    (id) => prisma.webhookDelivery.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) => prisma.webhookDelivery.findMany({ where: { ...where, ...after }, orderBy, take, include: WITH_ATTEMPT_LOG }),
  );
  return { ...result, items: result.items.map(toWebhookDeliveryResource) };
}
