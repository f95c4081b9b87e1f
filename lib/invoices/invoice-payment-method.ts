import "server-only";
import { prisma } from "../db";
import type { Tenant } from "../tenancy";
import { findChargeablePaymentMethod } from "../payment-methods/default-payment-method";

/** The card an invoice is charged to: its subscription's own default when set, else the customer's. */
export async function findInvoicePaymentMethod(tenant: Tenant, invoice: { customerId: string; subscriptionId: string | null }) {
  const subscription = invoice.subscriptionId
    ? await prisma.subscription.findUnique({ where: { id: invoice.subscriptionId }, select: { defaultPaymentMethodId: true } })
    : null;
  return findChargeablePaymentMethod(tenant, invoice.customerId, subscription?.defaultPaymentMethodId);
}
