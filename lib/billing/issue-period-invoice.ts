// The invoice for a subscription's new period, inside the caller's transaction: one line for the
// price and, when the customer has credit (from plan-change downgrades), a negative "Credit applied"
// line of up to the price, taken off Customer.creditBalance in the same transaction (lib/invoices/customer-credit.ts).
import type { DatabaseClient } from "../db";
import { appendEvent } from "../events/append-event";
import { createOpenInvoice, type NewInvoiceLine } from "../invoices/create-invoice";
import { CREDIT_APPLIED_LINE, takeCustomerCredit } from "../invoices/customer-credit";
import { toInvoiceResource } from "../invoices/invoice-resource";
import type { Tenant } from "../tenancy";
import type { BillingSubscription } from "./billing-state";

const INTERVAL_ADJECTIVES: Record<string, string> = { day: "daily", week: "weekly", month: "monthly", year: "yearly" };
const SEND_INVOICE_DUE_DAYS = 30;

export async function issuePeriodInvoice(tx: DatabaseClient, tenant: Tenant, subscription: BillingSubscription, period: { start: Date; end: Date }) {
  const { price } = subscription;
  const lines: NewInvoiceLine[] = [
    {
      description: `${price.plan.name} (${INTERVAL_ADJECTIVES[price.plan.interval] ?? price.plan.interval})`,
      quantity: 1,
      unitAmount: price.unitAmount,
      priceId: price.id,
    },
  ];
  const credit = await takeCustomerCredit(tx, tenant, subscription.customerId, price.currency, price.unitAmount);
  if (credit > 0) lines.push({ description: CREDIT_APPLIED_LINE, quantity: 1, unitAmount: -credit, priceId: null });
  const invoice = await createOpenInvoice(tx, tenant, {
    customerId: subscription.customerId,
    subscriptionId: subscription.id,
    currency: price.currency,
    lines,
    dueInDays: subscription.collectionMethod === "send_invoice" ? SEND_INVOICE_DUE_DAYS : 0,
    period,
  });
  // Fully covered by credit: created paid, and announced as paid like any other settled renewal.
  if (invoice.status === "paid") await appendEvent(tx, tenant, "invoice.paid", toInvoiceResource(invoice, tenant.accountId));
  return invoice;
}
