// Schemas of the invoices API (docs/api.md §10): the list query and the invoice object with its lines.
import { z } from "zod";
import { listQueryWith } from "../api/list-query-schemas";
import { AccountId, Arn, CreatedAt, NullableTime, UpdatedAt } from "../api/resource-field-schemas";
import { MetadataField } from "../customers/metadata-schemas";

export const INVOICE_STATUSES = ["draft", "open", "past_due", "paid", "void", "uncollectible"] as const;

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const ListInvoicesQuery = listQueryWith({
  customerId: z.string().min(1).max(64).optional().describe("Only this customer's invoices."),
  status: z.enum(INVOICE_STATUSES).optional().describe("Only invoices in this status."),
  subscriptionId: z.string().min(1).max(64).optional().describe("Only this subscription's invoices."),
});

const Amount = z.number().int();

/** One line of an invoice, in the invoice's currency. */
export const InvoiceLineResource = z
  .object({
    id: z.string().describe("The line's identifier."),
    description: z.string().describe("What the line charges for, as printed on the invoice."),
    quantity: z.number().int().describe("How many units."),
    unitAmount: Amount.describe("Amount per unit in minor units."),
    amount: Amount.describe("The line's amount in minor units (negative for a credit)."),
    priceId: z.string().nullable().describe("The price_… charged, or null for a proration or adjustment."),
    metadata: MetadataField,
  })
  .strict();

export type InvoiceLineResource = z.input<typeof InvoiceLineResource>;

/** The invoice object; lib/invoices/invoice-resource.ts maps a row and its lines to it. */
export const InvoiceResource = z
  .object({
    id: z.string().describe("inv_<ULID>, the invoice's identifier."),
    arn: Arn,
    accountId: AccountId,
    customerId: z.string().describe("The cus_… customer billed."),
    subscriptionId: z.string().nullable().describe("The sub_… subscription it bills, or null."),
    status: z.enum(INVOICE_STATUSES).describe("Where the invoice is in its lifecycle."),
    number: z.string().describe("The invoice number printed on the document."),
    currency: z.string().describe("ISO 4217 currency code of every amount."),
    subtotal: Amount.describe("Sum of the lines in minor units."),
    discount: Amount.describe("Discount in minor units."),
    tax: Amount.describe("Tax in minor units."),
    total: Amount.describe("What the invoice is for in minor units, discount and tax applied."),
    amountPaid: Amount.describe("Paid so far in minor units."),
    amountDue: Amount.describe("Still to pay in minor units."),
    dueAt: NullableTime.describe("When payment is due, or null."),
    issuedAt: NullableTime.describe("When the invoice was finalized, or null for a draft."),
    paidAt: NullableTime.describe("When it was paid, or null."),
    voidedAt: NullableTime.describe("When it was voided, or null."),
    hostedInvoiceUrl: z
      .string()
      .nullable()
      .describe("Always null: there is no public invoice page; customers see invoices in the portal, whose URLs are secrets (docs/api.md §10.5)."),
    chargeId: z.string().nullable().describe("The ch_… charge that paid the invoice, or null when no charge paid it (or in events)."),
    collectionAttempts: z.number().int().describe("Charge attempts made so far."),
    lines: z.array(InvoiceLineResource).describe("The lines, in printed order."),
    metadata: MetadataField,
    memo: z.string().nullable().describe("The merchant's note given to POST /invoices as memo, or null."),
    createdAt: CreatedAt,
    updatedAt: UpdatedAt,
  })
  .strict();

export type InvoiceResource = z.input<typeof InvoiceResource>;
