// POST /invoices/{id}/send-email (docs/api.md §10.5): queue the invoice, as a PDF attachment, for the
// customer's email (or the given `to`). The message goes into the email outbox in the same
// transaction as its invoice.sent event; the worker sends it over SMTP (lib/mail/deliver-due-emails.ts).
// The invoice itself is never changed, so a failed send leaves it exactly as it was.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import { composeInvoiceEmail } from "../mail/compose-invoice-email";
import { getPortalSettings } from "../settings/portal-settings";
import { tenantWhere, type Tenant } from "../tenancy";
import { findInvoice } from "./find-invoice";
import type { SentInvoiceEmail } from "./invoice-email-schemas";
import { toInvoiceResource } from "./invoice-resource";
import { renderInvoiceDocument } from "./render-invoice-document";

/** Finalized or paid: a draft is not an invoice yet and a void one is not owed. */
export const EMAILABLE_STATUSES = ["open", "past_due", "paid", "uncollectible"];

export async function sendInvoiceEmail(tenant: Tenant, invoiceId: string, input: { to?: string }): Promise<SentInvoiceEmail> {
  const invoice = await findInvoice(tenant, invoiceId);
  if (!EMAILABLE_STATUSES.includes(invoice.status)) {
    throw new AppError("invalid_state", `A ${invoice.status} invoice cannot be emailed; finalize it first or send another one`);
  }
  const [customer, settings] = await Promise.all([
    prisma.customer.findUniqueOrThrow({ where: { id: invoice.customerId }, select: { name: true, email: true } }),
    getPortalSettings(tenant.workspaceId),
  ]);
  const to = input.to ?? customer.email;
  if (!to) throw new AppError("VALIDATION_ERROR", "The customer has no email address: pass `to` to choose the recipient", { field: "to" });

  const document = await renderInvoiceDocument(tenant, invoice.id);
  if (!document) throw new AppError("not_found", `No such invoice: '${invoiceId}'`);
  const { subject, textBody } = composeInvoiceEmail({
    number: invoice.number,
    status: invoice.status,
    currency: invoice.currency,
    total: invoice.total,
    amountDue: invoice.amountDue,
    dueAt: invoice.dueAt,
    merchantName: settings.brandName,
    customerName: customer.name,
  });
  const resource = toInvoiceResource(invoice, tenant.accountId);

  return prisma.$transaction(async (tx) => {
    // The invoice may have been voided while its PDF was rendered: then nothing is queued.
    const stillEmailable = await tx.invoice.count({ where: { id: invoice.id, ...tenantWhere(tenant), status: { in: EMAILABLE_STATUSES } } });
    if (stillEmailable !== 1) throw new AppError("invalid_state", "This invoice changed while its email was being prepared");
    const eventId = await appendEvent(tx, tenant, "invoice.sent", resource, undefined, { to });
    const message = await tx.emailMessage.create({
      data: {
        id: newId("emailMessage"),
        workspaceId: tenant.workspaceId,
        mode: tenant.mode,
        invoiceId: invoice.id,
        eventId,
        toAddress: to,
        subject,
        textBody,
        attachmentName: document.fileName,
        attachment: Buffer.from(document.bytes),
        status: "queued",
        nextAttemptAt: now(),
      },
    });
    return { sent: true, to, emailId: message.id, status: "queued", invoiceId: invoice.id } as const;
  });
}
