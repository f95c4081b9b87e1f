import "server-only";
import { prisma } from "../db";
import { AppError, notFound } from "../errors";
import { now } from "../clock";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { toCustomerResource } from "../customers/customer-resource";
import { toPaymentMethodResource } from "./payment-method-resource";
import { hasLiveSubscription } from "./card-removal";

/**
 * Removes a card. The last card of a customer with a live subscription stays (it would have nothing
 * to renew with). Removing the default promotes the newest remaining card. Emits
 * payment_method.detached, and customer.updated when the default changed.
 */
export async function detachPaymentMethod(tenant: Tenant, customerId: string, paymentMethodId: string) {
  const where = { ...tenantWhere(tenant), customerId, detachedAt: null };
  const paymentMethod = await prisma.paymentMethod.findFirst({ where: { ...where, id: paymentMethodId } });
  if (!paymentMethod) throw notFound("payment method", paymentMethodId);
  const [remaining, renewsOnCards, customer] = await Promise.all([
    prisma.paymentMethod.findMany({ where: { ...where, id: { not: paymentMethodId } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    hasLiveSubscription(tenant, customerId),
    prisma.customer.findFirstOrThrow({ where: { id: customerId, ...tenantWhere(tenant) } }),
  ]);
  if (remaining.length === 0 && renewsOnCards) {
    throw new AppError("invalid_state", "This is the only card for an active subscription. Add another card before removing it.");
  }
  return prisma.$transaction(async (tx) => {
    const detached = await tx.paymentMethod.update({ where: { id: paymentMethodId }, data: { detachedAt: now() } });
    await appendEvent(tx, tenant, "payment_method.detached", toPaymentMethodResource(detached, tenant.accountId));
    if (customer.defaultPaymentMethodId === paymentMethodId) {
      const updated = await tx.customer.update({
        where: { id: customerId },
        data: { defaultPaymentMethodId: remaining[0]?.id ?? null },
      });
      await appendEvent(tx, tenant, "customer.updated", toCustomerResource(updated, tenant.accountId), {
        defaultPaymentTokenId: paymentMethodId,
      });
    }
    return detached;
  });
}
