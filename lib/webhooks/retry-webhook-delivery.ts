// POST /webhooks/{id}/deliveries/{deliveryId}/retry: queue one delivery for an attempt now. Refused
// with 409 already_queued while it is already queued and due or being attempted, and 409
// endpoint_disabled while the endpoint is not enabled and active — the worker would not send it: the
// codes the official SDK's retryDelivery names (docs/api.md §11.5). The attempt count and log carry on.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError, notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { toWebhookDeliveryResource, WITH_ATTEMPT_LOG } from "./webhook-delivery-resource";

export async function retryWebhookDelivery(tenant: Tenant, endpointId: string, deliveryId: string) {
  const endpoint = await findWebhookEndpoint(tenant, endpointId);
  const scope = { id: deliveryId, endpointId: endpoint.id, endpoint: tenantWhere(tenant) };
  const delivery = await prisma.webhookDelivery.findFirst({ where: scope, select: { id: true } });
  if (!delivery) throw notFound("webhook delivery", deliveryId);
  if (!endpoint.active || endpoint.status !== "enabled") {
    throw new AppError("endpoint_disabled", "The endpoint is disabled; re-enable it with PATCH { active: true } first", {
      details: { reason: "endpoint_disabled" },
    });
  }
  const at = now();
  // One conditional update, so a delivery the worker is attempting right now is never re-queued under it.
  const requeued = await prisma.webhookDelivery.updateMany({
    where: {
      ...scope,
      OR: [{ status: { not: "pending" } }, { nextAttemptAt: { gt: at }, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lte: at } }] }],
    },
    data: { status: "pending", nextAttemptAt: at, leaseOwner: null, leaseExpiresAt: null, updatedAt: at },
  });
  if (requeued.count === 0) {
    throw new AppError("already_queued", "This delivery is already queued for an attempt", { details: { reason: "already_queued" } });
  }
  const updated = await prisma.webhookDelivery.findFirst({ where: scope, include: WITH_ATTEMPT_LOG });
  if (!updated) throw notFound("webhook delivery", deliveryId);
  return toWebhookDeliveryResource(updated);
}
