// Test helpers for the invoices API tests: invoices created directly, and the invoice object's keys.
import "server-only";
import { prisma } from "../db";
import { newId } from "../ids";
import type { Tenant } from "../tenancy";

export const INVOICE_KEYS = [
  "accountId",
  "amountDue",
  "amountPaid",
  "arn",
  "chargeId",
  "collectionAttempts",
  "createdAt",
  "currency",
  "customerId",
  "discount",
  "dueAt",
  "hostedInvoiceUrl",
  "id",
  "issuedAt",
  "lines",
  "memo",
  "metadata",
  "number",
  "paidAt",
  "status",
  "subscriptionId",
  "subtotal",
  "tax",
  "total",
  "updatedAt",
  "voidedAt",
];
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export type ApiInvoice = Record<string, unknown> & { id: string; status: string; lines: Record<string, unknown>[] };

let sequence = 0;

/** An invoice of 3000 minor units with two lines, created directly (no events). */
export async function createTestInvoice(
  tenant: Tenant,
  customerId: string,
  data: { status?: string; issuedAt?: Date | null; subscriptionId?: string; createdAt?: Date } = {},
) {
  sequence += 1;
  return prisma.invoice.create({
    data: {
      id: newId("invoice"),
      workspaceId: tenant.workspaceId,
      mode: tenant.mode,
      customerId,
      status: data.status ?? "open",
      number: `INV-T${String(sequence).padStart(6, "0")}`,
      currency: "USD",
      subtotal: 3000,
      total: 3000,
      amountDue: 3000,
      issuedAt: data.issuedAt === undefined ? new Date() : data.issuedAt,
      subscriptionId: data.subscriptionId,
      createdAt: data.createdAt,
      lines: {
        create: [
          { id: newId("invoiceLine"), position: 0, description: "Seat", quantity: 2, unitAmount: 1000, amount: 2000 },
          { id: newId("invoiceLine"), position: 1, description: "Support", quantity: 1, unitAmount: 1000, amount: 1000 },
        ],
      },
    },
  });
}
