// DELETE /webhooks/{id}: removes the endpoint with its deliveries and their attempts, in one
// transaction; answers with the endpoint as it was (an envelope cannot ride on a 204).
import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { toWebhookEndpointResource } from "./webhook-endpoint-resource";

export async function deleteWebhookEndpoint(tenant: Tenant, endpointId: string) {
  const endpoint = await findWebhookEndpoint(tenant, endpointId);
  await prisma.$transaction(async (tx) => {
    await tx.webhookAttempt.deleteMany({ where: { delivery: { endpointId: endpoint.id, endpoint: tenantWhere(tenant) } } });
    await tx.webhookDelivery.deleteMany({ where: { endpointId: endpoint.id, endpoint: tenantWhere(tenant) } });
    const deleted = await tx.webhookEndpoint.deleteMany({ where: { id: endpoint.id, ...tenantWhere(tenant) } });
    if (deleted.count === 0) throw notFound("webhook endpoint", endpointId);
  });
  return toWebhookEndpointResource(endpoint, tenant.accountId);
}
