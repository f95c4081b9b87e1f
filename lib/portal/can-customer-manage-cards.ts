// Whether this portal customer may add, change or remove cards right now: the session's settings and
// every ongoing subscription's plan must allow it. Pages hide card management otherwise; actions refuse.
import "server-only";
import { listCustomerSubscriptions } from "../subscriptions/find-subscription";
import { canManagePaymentMethods } from "./portal-permissions";
import type { PortalCustomerContext } from "./portal-access";

export async function canCustomerManageCards(portal: PortalCustomerContext): Promise<boolean> {
  if (!portal.capabilities.updatePaymentMethod) return false;
  return canManagePaymentMethods(portal.capabilities, await listCustomerSubscriptions(portal.tenant, portal.customerId));
}
