import type { PaymentMethod } from "../generated/prisma/client";
import { arn } from "../tenancy";
import type { PaymentMethodResource } from "./payment-method-schemas";

export type { PaymentMethodResource } from "./payment-method-schemas";

/** A payment method (Plugipay's "payment token"): never more of the card than brand, last4, expiry. */
export function toPaymentMethodResource(paymentMethod: PaymentMethod, accountId: string): PaymentMethodResource {
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
