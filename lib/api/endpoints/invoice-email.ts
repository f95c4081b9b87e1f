// Emailing an invoice (docs/api.md §10.5): POST /invoices/{id}/send-email queues the invoice PDF for
// the customer (or `to`) in the email outbox; the worker sends it over SMTP_URL.
import { defineEndpoint } from "../endpoint";
import { SendInvoiceEmailBody, SentInvoiceEmail } from "../../invoices/invoice-email-schemas";
import { sendInvoiceEmail } from "../../invoices/send-invoice-email";

export const invoiceEmailEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/invoices/:id/send-email",
    scope: "plugipay:invoices:write",
    // A write like the other invoice actions: a merchant emails a whole billing run at once.
    rateClass: "mutating",
    body: SendInvoiceEmailBody,
    success: { status: 200, data: SentInvoiceEmail },
    summary: "Email a finalized or paid invoice to the customer, its PDF attached",
    async handle({ tenant, params, body }) {
      return { data: await sendInvoiceEmail(tenant, params.id, { to: body.to }) };
    },
  }),
];
