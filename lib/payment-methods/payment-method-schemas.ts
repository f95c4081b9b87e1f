// The payment method object of the API (docs/api.md §10; Plugipay's "payment token").
import { z } from "zod";
import { AccountId, Arn, CreatedAt } from "../api/resource-field-schemas";

/** A saved card: never more of it than brand, last4, expiry and a fingerprint. */
export const PaymentMethodResource = z
  .object({
    id: z.string().describe("pm_<ULID>, the payment method's identifier."),
    arn: Arn,
    accountId: AccountId,
    customerId: z.string().describe("The cus_… customer it belongs to."),
    type: z.string().describe('The kind of payment method; "card".'),
    card: z
      .object({
        brand: z.string().describe("Card brand, e.g. visa, mastercard, amex."),
        last4: z.string().describe("The last four digits of the card number."),
        expMonth: z.number().int().describe("Expiry month, 1 to 12."),
        expYear: z.number().int().describe("Expiry year, four digits."),
        fingerprint: z.string().describe("The same for every saved copy of one card number."),
      })
      .strict(),
    createdAt: CreatedAt,
  })
  .strict();

export type PaymentMethodResource = z.input<typeof PaymentMethodResource>;
