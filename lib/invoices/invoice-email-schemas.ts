// Schemas of POST /invoices/{id}/send-email (docs/api.md §10.5): the optional recipient override and
// the answer the official SDK's `invoices.sendEmail` reads (`sent`, `to`), with the queued message's id.
import { z } from "zod";

export const SendInvoiceEmailBody = z
  .object({
    to: z
      .email("must be a valid email address")
      .max(254)
      .optional()
      .describe("Send to this address instead of the customer's email (which is required when this is omitted)."),
  })
  .strict()
  .describe("Optional recipient; send {} or no body to email the customer.");

export const SentInvoiceEmail = z
  .object({
    sent: z.literal(true).describe("Always true: the email was accepted into the outbox; the worker delivers it over SMTP."),
    to: z.string().describe("The address the invoice is emailed to."),
    emailId: z.string().describe("em_<ULID>, the queued message in the outbox."),
    status: z.enum(["queued", "sent", "failed"]).describe("The message's delivery status when this answer was made: queued."),
    invoiceId: z.string().describe("The inv_… invoice attached as a PDF."),
  })
  .strict();

export type SentInvoiceEmail = z.input<typeof SentInvoiceEmail>;
