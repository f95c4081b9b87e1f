import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";

/** The card to charge for a customer: the subscription's own default, else the customer's. */
export async function findChargeablePaymentMethod(tenant: Tenant, customerId: string, preferredPaymentMethodId?: string | null) {
  const customer = await prisma.customer.findFirst({
    where: { id: customerId, ...tenantWhere(tenant) },
    select: { defaultPaymentMethodId: true },
  });
  for (const id of [preferredPaymentMethodId, customer?.defaultPaymentMethodId]) {
    if (!id) continue;
    const paymentMethod = await prisma.paymentMethod.findFirst({
      where: { id, customerId, ...tenantWhere(tenant), detachedAt: null },
    });
    if (paymentMethod) return paymentMethod;
  }
  return null;
}
