// The body of POST /invoices (docs/api.md §10.5): a one-off invoice for a customer, with the fields of
// the official SDK's invoices.create that this server supports. Amounts are integer minor units.
import { z } from "zod";
import { CurrencyCode } from "../currency-schemas";
import { Metadata } from "../customers/metadata-schemas";

/** Every amount of an invoice is stored as a 32-bit integer; totals are held under this bound. */
export const MAX_INVOICE_AMOUNT = 2_000_000_000;

const MinorUnits = z.number().int("must be an integer amount in minor units").min(0).max(MAX_INVOICE_AMOUNT);

export const NewInvoiceLineBody = z
  .object({
    description: z.string().trim().min(1).max(500).describe("What the line charges for, as printed on the invoice."),
    quantity: z.number().int("must be a whole number").min(1).max(100_000).describe("How many units."),
    unitAmount: MinorUnits.describe("Amount per unit in minor units of the invoice's currency."),
    metadata: Metadata.optional(),
  })
  .strict();

export const CreateInvoiceBody = z
  .object({
    customerId: z.string().min(1).max(64).describe("The cus_… customer to bill."),
    currency: CurrencyCode,
    lines: z.array(NewInvoiceLineBody).min(1).max(100).describe("The lines, in printed order (1 to 100)."),
    discount: MinorUnits.optional().describe("Taken off the subtotal, in minor units (default 0); at most the subtotal."),
    tax: MinorUnits.optional().describe("Added after the discount, in minor units (default 0)."),
    dueAt: z.iso.datetime({ offset: true }).optional().describe("When payment is due (ISO 8601); default 30 days after it is issued."),
    status: z.enum(["draft", "open"]).optional().describe('"draft" (the default) to finalize later, or "open" to issue it at once.'),
    memo: z.string().trim().min(1).max(1000).optional().describe("A note to the customer, kept on the invoice (the official SDK's memo)."),
    metadata: Metadata.optional(),
  })
  .strict()
  .superRefine((body, context) => {
    const subtotal = body.lines.reduce((sum, line) => sum + line.quantity * line.unitAmount, 0);
    if (subtotal > MAX_INVOICE_AMOUNT) {
      context.addIssue({ code: "custom", path: ["lines"], message: `the lines add up to more than ${MAX_INVOICE_AMOUNT} minor units` });
    } else if ((body.discount ?? 0) > subtotal) {
      context.addIssue({ code: "custom", path: ["discount"], message: "must not be more than the sum of the lines" });
    } else if (subtotal - (body.discount ?? 0) + (body.tax ?? 0) > MAX_INVOICE_AMOUNT) {
      context.addIssue({ code: "custom", path: ["tax"], message: `the total would be more than ${MAX_INVOICE_AMOUNT} minor units` });
    }
  });

export type CreateInvoiceInput = z.infer<typeof CreateInvoiceBody>;
