// Adding a card: the processor checks and tokenizes it; only brand, last4, expiry, a fingerprint
// and the processor's token are stored. The number and CVC go no further than this function.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import { paymentProcessorFor, type CardDetails } from "../processor";
import { tenantWhere, type Tenant } from "../tenancy";
import { toCustomerResource } from "../customers/customer-resource";
import { toPaymentMethodResource } from "./payment-method-resource";

export async function attachCard(tenant: Tenant, customerId: string, card: CardDetails, options: { makeDefault: boolean }) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant) } });
  if (!customer) throw notFound("customer", customerId);
  const result = await paymentProcessorFor(tenant.mode).tokenizeCard(card, now());
  if (!result.ok) {
    throw new AppError(result.code === "card_declined" || result.code === "insufficient_funds" ? "card_declined" : "VALIDATION_ERROR", result.message, {
      field: result.field ?? undefined,
      details: { declineCode: result.code },
    });
  }
  const makeDefault = options.makeDefault || customer.defaultPaymentMethodId === null;
  return prisma.$transaction(async (tx) => {
    const paymentMethod = await tx.paymentMethod.create({
      data: {
        id: newId("paymentMethod"),
        ...tenantWhere(tenant),
        customerId,
        brand: result.card.brand,
        last4: result.card.last4,
        expMonth: result.card.expMonth,
        expYear: result.card.expYear,
        fingerprint: result.card.fingerprint,
        processorToken: result.card.processorToken,
      },
    });
    await appendEvent(tx, tenant, "payment_method.attached", toPaymentMethodResource(paymentMethod, tenant.accountId));
    if (makeDefault) {
      const updated = await tx.customer.update({ where: { id: customerId }, data: { defaultPaymentMethodId: paymentMethod.id } });
      await appendEvent(tx, tenant, "customer.updated", toCustomerResource(updated, tenant.accountId), {
        defaultPaymentTokenId: customer.defaultPaymentMethodId,
      });
    }
    return paymentMethod;
  });
}
