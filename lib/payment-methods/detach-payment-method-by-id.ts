// POST /payment-methods/:id/detach: finds the card's customer within the tenant, then detaches it
// with the same rules as the portal (detachPaymentMethod). Unknown or already detached: 404.
import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { detachPaymentMethod } from "./detach-payment-method";
import { toPaymentMethodResource, type PaymentMethodResource } from "./payment-method-resource";

export async function detachPaymentMethodById(tenant: Tenant, paymentMethodId: string): Promise<PaymentMethodResource> {
  const paymentMethod = await prisma.paymentMethod.findFirst({
    where: { id: paymentMethodId, ...tenantWhere(tenant), detachedAt: null },
    select: { customerId: true },
  });
  if (!paymentMethod) throw notFound("payment method", paymentMethodId);
  const detached = await detachPaymentMethod(tenant, paymentMethod.customerId, paymentMethodId);
  return toPaymentMethodResource(detached, tenant.accountId);
}
