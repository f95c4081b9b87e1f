// The rule for removing a card, asked before the click (the portal explains it next to the card) and
// again when removing (detachPaymentMethod), so both apply the same rule.
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";
import { LIVE_STATUSES } from "../subscriptions/subscription-status";

/** True when a live subscription renews on the customer's cards, so the last one must stay on file. */
export async function hasLiveSubscription(tenant: Tenant, customerId: string): Promise<boolean> {
  const live = await prisma.subscription.count({ where: { ...tenantWhere(tenant), customerId, status: { in: [...LIVE_STATUSES] } } });
  return live > 0;
}
