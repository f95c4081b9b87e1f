// GET /webhooks: every endpoint of the tenant, newest first (a plain list, as in Plugipay's API).
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";
import { MAX_ENDPOINTS_PER_MODE } from "./create-webhook-endpoint";
import { toWebhookEndpointResource } from "./webhook-endpoint-resource";

export async function listWebhookEndpoints(tenant: Tenant) {
  const endpoints = await prisma.webhookEndpoint.findMany({
    where: tenantWhere(tenant),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_ENDPOINTS_PER_MODE,
  });
  return endpoints.map((endpoint) => toWebhookEndpointResource(endpoint, tenant.accountId));
}
