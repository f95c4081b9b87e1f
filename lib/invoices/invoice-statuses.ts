// The statuses an invoice can be in, as Plugipay's API reference names them (defined with the
// invoice object in lib/invoices/invoice-schemas.ts).
import type { InvoiceStatus } from "./invoice-schemas";

/** An invoice in these still asks for its money: the portal offers "Pay" and the worker collects it. */
export const PAYABLE_INVOICE_STATUSES = ["open", "past_due"] as const satisfies readonly InvoiceStatus[];

export function isPayableInvoiceStatus(status: string): boolean {
  return (PAYABLE_INVOICE_STATUSES as readonly string[]).includes(status);
}

/**
 * How the portal labels an invoice (issue 12, item 2): a settled invoice for less than nothing (a
 * downgrade's proration) is a credit to the customer's balance, not a payment, so it shows as
 * `credit` ("Credit", "Kredit": messages/*.json `status`); every other invoice shows as its status.
 */
export function invoiceDisplayStatus(invoice: { status: string; total: number }): { status: string } {
  if (invoice.status === "paid" && invoice.total < 0) return { status: "credit" };
  return { status: invoice.status };
}

/** A credit invoice (see invoiceDisplayStatus): what it added to the customer's balance, else null. */
export function creditedAmount(invoice: { status: string; total: number }): number | null {
  return invoice.status === "paid" && invoice.total < 0 ? -invoice.total : null;
}
