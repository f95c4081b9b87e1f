import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { toCustomerResource } from "../customers/customer-resource";

/** Makes a card the customer's default; emits customer.updated. */
export async function setDefaultPaymentMethod(tenant: Tenant, customerId: string, paymentMethodId: string) {
  const paymentMethod = await prisma.paymentMethod.findFirst({
    where: { id: paymentMethodId, customerId, ...tenantWhere(tenant), detachedAt: null },
  });
  if (!paymentMethod) throw notFound("payment method", paymentMethodId);
  const customer = await prisma.customer.findFirstOrThrow({ where: { id: customerId, ...tenantWhere(tenant) } });
  if (customer.defaultPaymentMethodId === paymentMethodId) return toCustomerResource(customer, tenant.accountId);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.customer.update({ where: { id: customerId }, data: { defaultPaymentMethodId: paymentMethodId } });
    const resource = toCustomerResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "customer.updated", resource, { defaultPaymentTokenId: customer.defaultPaymentMethodId });
    return resource;
  });
}
