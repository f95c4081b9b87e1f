// What the portal tells the customer after confirming a plan change (issue 12, items 2 and 8): what
// was charged or credited and on which invoice, or, for a downgrade scheduled for the period end, when
// it takes effect and that nothing moved now, in the customer's language (messages/*.json,
// subscriptionActions.planChange).
import "server-only";
import { formatMoney } from "../money";
import { translator } from "../i18n/messages";
import { formatMediumDate } from "../i18n/kept-formatters";
import type { Tenant } from "../tenancy";
import { findInvoice } from "../invoices/find-invoice";
import { findSubscription } from "./find-subscription";
import { findScheduledPlanChange } from "./scheduled-plan-change";
import type { PlanChangeOutcome } from "./change-subscription-plan";

export async function describePlanChange(tenant: Tenant, customerId: string, outcome: PlanChangeOutcome, locale: string): Promise<string> {
  const t = translator(locale, "subscriptionActions");
  const subscription = await findSubscription(tenant, outcome.subscriptionId, { customerId });
  const plan = subscription.price.plan.name;
  if (outcome.status === "scheduled") {
    const scheduled = await findScheduledPlanChange(tenant, subscription);
    const newPlan = scheduled?.planName ?? t("planChange.theNewPlan");
    return t("planChange.scheduled", { plan: newPlan, date: formatMediumDate(subscription.currentPeriodEnd, locale), current: plan });
  }
  if (outcome.status === "already_changed" || !outcome.invoiceId) return t("planChange.unchanged", { plan });
  const invoice = await findInvoice(tenant, outcome.invoiceId, { customerId });
  const amount = formatMoney(Math.abs(invoice.total), invoice.currency, locale);
  if (invoice.total > 0) return t("planChange.charged", { plan, amount, number: invoice.number });
  if (invoice.total < 0) return t("planChange.credited", { plan, amount, number: invoice.number });
  return t("planChange.nothingCharged", { plan, number: invoice.number });
}
