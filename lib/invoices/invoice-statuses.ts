// The statuses an invoice can be in, as Plugipay's API reference names them.
export const INVOICE_STATUSES = ["draft", "open", "past_due", "paid", "void", "uncollectible"] as const;

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
