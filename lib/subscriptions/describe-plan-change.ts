// What the portal tells the customer after confirming a plan change (issue 12, items 2 and 8): what
// was charged or credited and on which invoice, or, for a downgrade scheduled for the period end, when
// it takes effect and that nothing moved now.
import "server-only";
import { formatMoney } from "../money";
import type { Tenant } from "../tenancy";
import { findInvoice } from "../invoices/find-invoice";
import { findSubscription } from "./find-subscription";
import { findScheduledPlanChange } from "./scheduled-plan-change";
import type { PlanChangeOutcome } from "./change-subscription-plan";

export async function describePlanChange(tenant: Tenant, customerId: string, outcome: PlanChangeOutcome, locale: string): Promise<string> {
  const subscription = await findSubscription(tenant, outcome.subscriptionId, { customerId });
  if (outcome.status === "scheduled") {
    const scheduled = await findScheduledPlanChange(tenant, subscription);
    return `Your plan changes to ${scheduled?.planName ?? "the new plan"} on ${day(subscription.currentPeriodEnd, locale)}. Nothing is charged or credited now; until then you keep ${subscription.price.plan.name}.`;
  }
  if (outcome.status === "already_changed" || !outcome.invoiceId) return `Your plan is ${subscription.price.plan.name}.`;
  const invoice = await findInvoice(tenant, outcome.invoiceId, { customerId });
  const plan = subscription.price.plan.name;
  if (invoice.total > 0) {
    return `Your plan is now ${plan}. ${formatMoney(invoice.total, invoice.currency, locale)} was charged (invoice ${invoice.number}).`;
  }
  if (invoice.total < 0) {
    return `Your plan is now ${plan}. ${formatMoney(-invoice.total, invoice.currency, locale)} was credited to your account (invoice ${invoice.number}) and is applied to your next invoices.`;
  }
  return `Your plan is now ${plan}. Nothing was charged (invoice ${invoice.number}).`;
}

function day(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(value);
}
