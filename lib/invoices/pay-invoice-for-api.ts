// POST /invoices/:id/pay: the merchant API's view of payInvoice. Paid, or already paid, answers
// with the invoice as it now is (a second call charges nothing); a decline is a 402 card_declined
// carrying the processor's message, with the invoice left open (payInvoice already recorded the
// failed Charge and invoice.payment_failed).
import { AppError } from "../errors";
import type { Tenant } from "../tenancy";
import { findInvoice } from "./find-invoice";
import { toInvoiceResource, type InvoiceResource } from "./invoice-resource";
import { payInvoice } from "./pay-invoice";

export async function payInvoiceForApi(tenant: Tenant, invoiceId: string): Promise<InvoiceResource> {
  const outcome = await payInvoice(tenant, invoiceId);
  if (outcome.status === "failed") {
    throw new AppError("card_declined", outcome.message, { details: { declineCode: outcome.code, invoiceId } });
  }
  return toInvoiceResource(await findInvoice(tenant, invoiceId), tenant.accountId);
}
