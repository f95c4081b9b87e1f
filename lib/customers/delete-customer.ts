// DELETE /customers/{id} (docs/api.md §10.2): refused with 409 conflict while the customer has a live
// subscription (any status but canceled). Otherwise the row is kept for its invoices and events but
// marked deleted: GET answers 404, lists omit it, no portal session can be minted for it, and its
// portal links and browser sessions stop working at once. Its externalId is released for reuse.
// All of it, with customer.deleted (the object as it was), happens in one transaction.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { toCustomerResource } from "./customer-resource";
import type { DeletedCustomer } from "./customer-schemas";

/** Every subscription status but canceled still bills, or may bill again. */
const ENDED_SUBSCRIPTION_STATUSES = ["canceled"];

export async function deleteCustomer(tenant: Tenant, customerId: string): Promise<DeletedCustomer> {
  return prisma.$transaction(async (tx) => {
    const customer = await tx.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant), deletedAt: null } });
    if (!customer) throw notFound("customer", customerId);
    const deletedAt = now();
    // The conditional update takes the row's write lock first (as lockLiveCustomer does for creations
    // for this customer), so a concurrent delete finds nothing to do and a concurrent subscription is
    // either counted below or refused with 404.
    const marked = await tx.customer.updateMany({
      where: { id: customer.id, ...tenantWhere(tenant), deletedAt: null },
      data: { deletedAt, externalId: null, updatedAt: deletedAt },
    });
    if (marked.count !== 1) throw notFound("customer", customerId);
    const liveSubscriptions = await tx.subscription.count({
      where: { customerId: customer.id, ...tenantWhere(tenant), status: { notIn: ENDED_SUBSCRIPTION_STATUSES } },
    });
    if (liveSubscriptions > 0) {
      throw new AppError("conflict", "This customer has a live subscription; cancel it before deleting the customer", {
        details: { reason: "live_subscription", liveSubscriptions },
      });
    }
    await tx.portalSession.updateMany({
      where: { customerId: customer.id, ...tenantWhere(tenant), expiresAt: { gt: deletedAt } },
      data: { expiresAt: deletedAt },
    });
    await tx.portalBrowserSession.updateMany({
      where: { portalSession: { customerId: customer.id, ...tenantWhere(tenant) }, revokedAt: null },
      data: { revokedAt: deletedAt },
    });
    await appendEvent(tx, tenant, "customer.deleted", toCustomerResource(customer, tenant.accountId));
    return { id: customer.id, deleted: true };
  });
}
