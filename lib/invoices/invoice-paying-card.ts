// The card that paid an invoice (issue 12, item 3): the payment method of its succeeded charge
// (docs/decisions/0011-money-safety.md), even when the card has since been removed. None for an
// invoice settled without a charge (covered by credit, a downgrade's proration) or not paid.
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";

export type PayingCard = { brand: string; last4: string };

export async function findInvoicePayingCard(tenant: Tenant, invoiceId: string): Promise<PayingCard | null> {
  const charge = await prisma.charge.findFirst({
    where: { invoiceId, status: "succeeded", ...tenantWhere(tenant) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { paymentMethodId: true },
  });
  if (!charge) return null;
  return prisma.paymentMethod.findFirst({ where: { id: charge.paymentMethodId, ...tenantWhere(tenant) }, select: { brand: true, last4: true } });
}
