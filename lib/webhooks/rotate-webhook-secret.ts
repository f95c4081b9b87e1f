// POST /webhooks/{id}/rotate-secret: a new signing secret, returned only here. The replaced secret
// stays valid for 24 hours (deliveries are signed with both) so receivers can switch over; a second
// rotation within that window replaces the kept one.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { sealSecret } from "../crypto/secret-box";
import { tenantWhere, type Tenant } from "../tenancy";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { newEndpointSecret, PREVIOUS_SECRET_GRACE_MS } from "./endpoint-secrets";
import { toWebhookEndpointResource, withSecret } from "./webhook-endpoint-resource";

export async function rotateWebhookSecret(tenant: Tenant, endpointId: string) {
  const endpoint = await findWebhookEndpoint(tenant, endpointId);
  const secret = newEndpointSecret();
  const rotatedAt = now();
  const updated = await prisma.webhookEndpoint.updateMany({
    // Compare-and-set on the current secret: two concurrent rotations cannot both keep the same "previous".
    where: { id: endpoint.id, ...tenantWhere(tenant), secretCiphertext: endpoint.secretCiphertext },
    data: {
      secretCiphertext: sealSecret(secret),
      previousSecretCiphertext: endpoint.secretCiphertext,
      previousSecretExpiresAt: new Date(rotatedAt.getTime() + PREVIOUS_SECRET_GRACE_MS),
      updatedAt: rotatedAt,
    },
  });
  const rotated = await findWebhookEndpoint(tenant, endpointId); // 404 if it was deleted meanwhile
  if (updated.count === 0) throw new AppError("conflict", "The secret was rotated by another request at the same time; try again");
  return withSecret(toWebhookEndpointResource(rotated, tenant.accountId), secret);
}
