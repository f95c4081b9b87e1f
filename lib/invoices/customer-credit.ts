// Customer credit (docs/api.md §10.2 creditBalance, docs/decisions/0005-proration.md): a downgrade's
// negative net is granted to the customer as a balance in one currency, and the balance is taken
// off the customer's invoices in that currency as a "Credit applied" line: open invoices when the
// credit is granted, a new period's invoice when it is issued, and an invoice when it is paid. Every
// step runs inside the caller's transaction and writes conditionally on what it read, so credit is
// never taken twice (docs/decisions/0011-money-safety.md).
import type { DatabaseClient } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import type { Invoice } from "../generated/prisma/client";
import { tenantWhere, type Tenant } from "../tenancy";
import { toInvoiceResource } from "./invoice-resource";
import { PAYABLE_INVOICE_STATUSES } from "./invoice-statuses";

export const CREDIT_APPLIED_LINE = "Credit applied";

/** Adds `amount` to the customer's balance in `currency`; a balance held in another currency is refused. */
export async function grantCustomerCredit(tx: DatabaseClient, tenant: Tenant, customerId: string, amount: number, currency: string): Promise<void> {
  if (!Number.isInteger(amount) || amount <= 0) throw new Error("Credit is a positive integer amount of minor units");
  const customer = await tx.customer.findFirstOrThrow({
    where: { id: customerId, ...tenantWhere(tenant) },
    select: { creditBalance: true, creditCurrency: true },
  });
  if (customer.creditBalance > 0 && customer.creditCurrency && customer.creditCurrency !== currency) {
    throw new AppError("invalid_state", `The customer holds credit in ${customer.creditCurrency}; a credit in ${currency} cannot be added to it.`);
  }
  const { count } = await tx.customer.updateMany({
    where: { id: customerId, ...tenantWhere(tenant), creditBalance: customer.creditBalance },
    data: { creditBalance: { increment: amount }, creditCurrency: currency },
  });
  if (count !== 1) throw new AppError("conflict", "The customer's credit balance changed meanwhile; try again.");
}

/**
 * Takes up to `upTo` of the customer's balance in `currency` (a balance of unknown currency, from
 * before credit had one, counts as any); returns how much was taken.
 */
export async function takeCustomerCredit(tx: DatabaseClient, tenant: Tenant, customerId: string, currency: string, upTo: number): Promise<number> {
  const customer = await tx.customer.findFirstOrThrow({
    where: { id: customerId, ...tenantWhere(tenant) },
    select: { creditBalance: true, creditCurrency: true },
  });
  if (customer.creditCurrency && customer.creditCurrency !== currency) return 0;
  const credit = Math.max(0, Math.min(customer.creditBalance, upTo));
  if (credit === 0) return 0;
  const { count } = await tx.customer.updateMany({
    where: { id: customerId, ...tenantWhere(tenant), creditBalance: customer.creditBalance },
    data: { creditBalance: { decrement: credit } },
  });
  if (count !== 1) throw new AppError("conflict", "The customer's credit balance changed meanwhile; try again.");
  return credit;
}

/**
 * Applies the customer's credit to an open or past-due invoice as read in this transaction: a
 * "Credit applied" line, and total and amount due lowered by it. An invoice the credit covers is paid
 * (invoice.paid) without any charge. The invoice is written first, conditional on the status, amount
 * due and payment claim read, so an invoice a payment claimed meanwhile (its charge amount is then
 * fixed) is left as it is, with the credit untouched; the balance is then taken conditional on the
 * balance read. Returns the invoice as it now is.
 */
export async function applyCreditToInvoice(tx: DatabaseClient, tenant: Tenant, invoice: Invoice): Promise<Invoice> {
  if (!(PAYABLE_INVOICE_STATUSES as readonly string[]).includes(invoice.status) || invoice.amountDue <= 0) return invoice;
  const customer = await tx.customer.findFirstOrThrow({
    where: { id: invoice.customerId, ...tenantWhere(tenant) },
    select: { creditBalance: true, creditCurrency: true },
  });
  if (customer.creditCurrency && customer.creditCurrency !== invoice.currency) return invoice;
  const credit = Math.max(0, Math.min(customer.creditBalance, invoice.amountDue));
  if (credit === 0) return invoice;
  const covered = credit === invoice.amountDue;
  const { count } = await tx.invoice.updateMany({
    where: { id: invoice.id, ...tenantWhere(tenant), status: invoice.status, amountDue: invoice.amountDue, paymentStartedAt: invoice.paymentStartedAt },
    data: {
      subtotal: { decrement: credit },
      total: { decrement: credit },
      amountDue: { decrement: credit },
      ...(covered ? { status: "paid", paidAt: now(), paymentStartedAt: null } : {}),
    },
  });
  if (count !== 1) return invoice;
  const last = await tx.invoiceLine.aggregate({ where: { invoiceId: invoice.id }, _max: { position: true } });
  await tx.invoiceLine.create({
    data: {
      id: newId("invoiceLine"),
      invoiceId: invoice.id,
      position: (last._max.position ?? -1) + 1,
      description: CREDIT_APPLIED_LINE,
      quantity: 1,
      unitAmount: -credit,
      amount: -credit,
    },
  });
  const taken = await tx.customer.updateMany({
    where: { id: invoice.customerId, ...tenantWhere(tenant), creditBalance: customer.creditBalance },
    data: { creditBalance: { decrement: credit } },
  });
  if (taken.count !== 1) throw new AppError("conflict", "The customer's credit balance changed meanwhile; try again.");
  const updated = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { lines: true } });
  if (covered) {
    await appendEvent(tx, tenant, "invoice.paid", toInvoiceResource(updated, tenant.accountId), {
      status: invoice.status,
      amountDue: invoice.amountDue,
      total: invoice.total,
      paidAt: null,
    });
  }
  return updated;
}

/**
 * After credit is granted: applies it to the customer's open and past-due invoices in its currency,
 * oldest first, leaving out any invoice a payment is being taken for (its charge amount is fixed);
 * each takes what is left of the balance.
 */
export async function applyCreditToOpenInvoices(tx: DatabaseClient, tenant: Tenant, customerId: string, currency: string): Promise<void> {
  const invoices = await tx.invoice.findMany({
    where: { ...tenantWhere(tenant), customerId, currency, status: { in: [...PAYABLE_INVOICE_STATUSES] }, amountDue: { gt: 0 }, paymentStartedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const invoice of invoices) await applyCreditToInvoice(tx, tenant, invoice);
}
