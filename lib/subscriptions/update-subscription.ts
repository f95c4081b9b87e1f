// PATCH /subscriptions/{id}: the default card and metadata (one subscription.updated), and a plan
// change to another price with the same proration as the portal (previewed and confirmed at once).
import "server-only";
import { prisma } from "../db";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { previewPlanChange } from "./plan-change";
import { changeSubscriptionPlan } from "./change-subscription-plan";
import { toSubscriptionResource } from "./subscription-resource";
import { canChangePlan } from "./subscription-status";

const MERCHANT_RULES = { canUpgrade: true, canDowngrade: true, ignoreAllowList: true };

export type UpdateSubscriptionInput = {
  priceId?: string;
  defaultPaymentTokenId?: string | null;
  metadata?: Record<string, string> | null;
};

export async function updateSubscription(tenant: Tenant, subscriptionId: string, input: UpdateSubscriptionInput) {
  const subscription = await findSubscription(tenant, subscriptionId);
  if (input.defaultPaymentTokenId) {
    const card = await prisma.paymentMethod.findFirst({
      where: { id: input.defaultPaymentTokenId, customerId: subscription.customerId, ...tenantWhere(tenant), detachedAt: null },
    });
    if (!card) throw notFound("payment method", input.defaultPaymentTokenId);
  }
  const changes: { defaultPaymentMethodId?: string | null; metadata?: string | null } = {};
  const previous: Record<string, unknown> = {};
  if (input.defaultPaymentTokenId !== undefined && input.defaultPaymentTokenId !== subscription.defaultPaymentMethodId) {
    changes.defaultPaymentMethodId = input.defaultPaymentTokenId;
    previous.defaultPaymentTokenId = subscription.defaultPaymentMethodId;
  }
  if (input.metadata !== undefined) {
    changes.metadata = input.metadata ? JSON.stringify(input.metadata) : null;
    previous.metadata = subscription.metadata ? JSON.parse(subscription.metadata) : null;
  }
  if (Object.keys(changes).length > 0) {
    await prisma.$transaction(async (tx) => {
      const updated = await tx.subscription.update({ where: { id: subscription.id }, data: changes });
      await appendEvent(tx, tenant, "subscription.updated", toSubscriptionResource(updated, tenant.accountId), previous);
    });
  }
  if (input.priceId && input.priceId !== subscription.priceId) {
    if (!canChangePlan(subscription)) {
      throw new AppError("invalid_state", "Only an active or trialing subscription that is not set to cancel can change plan");
    }
    const current = await findSubscription(tenant, subscriptionId);
    const preview = await previewPlanChange(tenant, current, input.priceId, MERCHANT_RULES);
    await changeSubscriptionPlan(tenant, subscription.customerId, subscription.id, preview.quoteToken, MERCHANT_RULES);
  }
  return toSubscriptionResource(await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } }), tenant.accountId);
}
