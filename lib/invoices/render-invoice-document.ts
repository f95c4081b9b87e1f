import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Tenant } from "../tenancy";
import { renderInvoicePdf } from "../pdf/render-invoice-pdf";
import { getPortalSettings } from "../settings/portal-settings";
import { findInvoice } from "./find-invoice";
import { creditedAmount } from "./invoice-statuses";

/** The invoice PDF (the same for the portal and the merchant API), or null when there is no such invoice. */
export async function renderInvoiceDocument(
  tenant: Tenant,
  invoiceId: string,
  options: { customerId?: string; locale?: string } = {},
): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  let invoice;
  try {
    invoice = await findInvoice(tenant, invoiceId, { customerId: options.customerId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
  const [customer, settings] = await Promise.all([
    prisma.customer.findUniqueOrThrow({ where: { id: invoice.customerId }, select: { name: true, email: true } }),
    getPortalSettings(tenant.workspaceId),
  ]);
  const bytes = await renderInvoicePdf(
    {
      number: invoice.number,
      status: invoice.status,
      currency: invoice.currency,
      issuedAt: invoice.issuedAt ?? invoice.createdAt,
      dueAt: invoice.dueAt,
      paidAt: invoice.paidAt,
      merchant: { name: settings.brandName },
      customer,
      lines: invoice.lines,
      subtotal: invoice.subtotal,
      discount: invoice.discount,
      tax: invoice.tax,
      total: invoice.total,
      amountPaid: invoice.amountPaid,
      amountDue: invoice.amountDue,
      memo: invoice.memo,
    },
    options.locale,
  );
  // A downgrade's credit downloads as the credit note it is (components/portal/invoice-table.tsx labels it so).
  const kind = creditedAmount(invoice) === null ? "invoice" : "credit-note";
  return { bytes, fileName: `${kind}-${invoice.number.replace(/[^A-Za-z0-9_-]/g, "_")}.pdf` };
}
