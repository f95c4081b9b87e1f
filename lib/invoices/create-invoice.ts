// Issues an invoice with its lines inside a caller's transaction, with invoice.created.
import type { DatabaseClient } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { nextInvoiceNumber } from "./next-invoice-number";
import { toInvoiceResource } from "./invoice-resource";

export type NewInvoiceLine = { description: string; quantity: number; unitAmount: number; priceId: string | null };

const DAY_MS = 86_400_000;

export async function createOpenInvoice(
  tx: DatabaseClient,
  tenant: Tenant,
  input: {
    customerId: string;
    subscriptionId: string | null;
    currency: string;
    lines: NewInvoiceLine[];
    dueInDays: number;
    /** The billing period the invoice is for (a subscription's), shown to the customer in the portal. */
    period?: { start: Date; end: Date };
  },
) {
  const issuedAt = now();
  const lines = input.lines.map((line, position) => ({
    id: newId("invoiceLine"),
    position,
    ...line,
    amount: line.quantity * line.unitAmount,
  }));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const invoice = await tx.invoice.create({
    data: {
      id: newId("invoice"),
      workspaceId: tenant.workspaceId,
      mode: tenant.mode,
      customerId: input.customerId,
      subscriptionId: input.subscriptionId,
      status: total === 0 ? "paid" : "open",
      number: await nextInvoiceNumber(tx, tenant),
      currency: input.currency,
      subtotal: total,
      total,
      amountDue: total,
      issuedAt,
      paidAt: total === 0 ? issuedAt : null,
      dueAt: new Date(issuedAt.getTime() + input.dueInDays * DAY_MS),
      periodStart: input.period?.start ?? null,
      periodEnd: input.period?.end ?? null,
      lines: { create: lines },
    },
    include: { lines: true },
  });
  await appendEvent(tx, tenant, "invoice.created", toInvoiceResource(invoice, tenant.accountId));
  return invoice;
}
