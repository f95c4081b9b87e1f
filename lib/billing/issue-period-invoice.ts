// The invoice for a subscription's new period, inside the caller's transaction: one line for the
// price and, when the customer has credit (from plan-change downgrades), a negative "Credit applied"
// line of up to the price, taken off Customer.creditBalance in the same transaction.
import type { DatabaseClient } from "../db";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { createOpenInvoice, type NewInvoiceLine } from "../invoices/create-invoice";
import { toInvoiceResource } from "../invoices/invoice-resource";
import type { Tenant } from "../tenancy";
import type { BillingSubscription } from "./billing-state";

const INTERVAL_ADJECTIVES: Record<string, string> = { day: "daily", week: "weekly", month: "monthly", year: "yearly" };
const SEND_INVOICE_DUE_DAYS = 30;

export async function issuePeriodInvoice(tx: DatabaseClient, tenant: Tenant, subscription: BillingSubscription) {
  const { price } = subscription;
  const lines: NewInvoiceLine[] = [
    { description: `${price.plan.name} (${INTERVAL_ADJECTIVES[price.plan.interval] ?? price.plan.interval})`, quantity: 1, unitAmount: price.unitAmount, priceId: price.id },
  ];
  const credit = await takeCustomerCredit(tx, subscription.customerId, price.unitAmount);
  if (credit > 0) lines.push({ description: "Credit applied", quantity: 1, unitAmount: -credit, priceId: null });
  const invoice = await createOpenInvoice(tx, tenant, {
    customerId: subscription.customerId,
    subscriptionId: subscription.id,
    currency: price.currency,
    lines,
    dueInDays: subscription.collectionMethod === "send_invoice" ? SEND_INVOICE_DUE_DAYS : 0,
  });
  // Fully covered by credit: created paid, and announced as paid like any other settled renewal.
  if (invoice.status === "paid") await appendEvent(tx, tenant, "invoice.paid", toInvoiceResource(invoice, tenant.accountId));
  return invoice;
}

/** Takes up to `upTo` of the customer's credit balance; returns how much was taken. */
async function takeCustomerCredit(tx: DatabaseClient, customerId: string, upTo: number): Promise<number> {
  const customer = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { creditBalance: true } });
  const credit = Math.max(0, Math.min(customer.creditBalance, upTo));
  if (credit === 0) return 0;
  const { count } = await tx.customer.updateMany({
    where: { id: customerId, creditBalance: { gte: credit } },
    data: { creditBalance: { decrement: credit } },
  });
  if (count !== 1) throw new AppError("invalid_state", "The customer's credit balance changed meanwhile");
  return credit;
}
