import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";

/** A webhook endpoint of the tenant (workspace and mode); missing and foreign are the same 404. */
export async function findWebhookEndpoint(tenant: Tenant, endpointId: string) {
  const endpoint = await prisma.webhookEndpoint.findFirst({ where: { id: endpointId, ...tenantWhere(tenant) } });
  if (!endpoint) throw notFound("webhook endpoint", endpointId);
  return endpoint;
}
