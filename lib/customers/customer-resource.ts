import type { Customer } from "../generated/prisma/client";
import { arn } from "../tenancy";

export type CustomerResource = ReturnType<typeof toCustomerResource>;

export function toCustomerResource(customer: Customer, accountId: string) {
  return {
    id: customer.id,
    arn: arn(accountId, "customer", customer.id),
    accountId,
    externalId: customer.externalId,
    email: customer.email,
    name: customer.name,
    phone: customer.phone,
    taxId: customer.taxId,
    defaultPaymentTokenId: customer.defaultPaymentMethodId,
    metadata: customer.metadata ? (JSON.parse(customer.metadata) as Record<string, string>) : null,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}
