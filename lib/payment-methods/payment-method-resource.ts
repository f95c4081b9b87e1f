import type { PaymentMethod } from "../generated/prisma/client";
import { arn } from "../tenancy";

export type PaymentMethodResource = ReturnType<typeof toPaymentMethodResource>;

/** A payment method (Plugipay's "payment token"): never more of the card than brand, last4, expiry. */
export function toPaymentMethodResource(paymentMethod: PaymentMethod, accountId: string) {
  return {
    id: paymentMethod.id,
    arn: arn(accountId, "payment-method", paymentMethod.id),
    accountId,
    customerId: paymentMethod.customerId,
    type: paymentMethod.type,
    card: {
      brand: paymentMethod.brand,
      last4: paymentMethod.last4,
      expMonth: paymentMethod.expMonth,
      expYear: paymentMethod.expYear,
      fingerprint: paymentMethod.fingerprint,
    },
    createdAt: paymentMethod.createdAt.toISOString(),
  };
}
