import type { Customer } from "../generated/prisma/client";
import { arn } from "../tenancy";
import type { AddressInputShape, AddressShape } from "./address-schemas";
import type { CustomerResource } from "./customer-schemas";

export type { CustomerResource } from "./customer-schemas";

export function toCustomerResource(customer: Customer, accountId: string): CustomerResource {
  return {
    id: customer.id,
    arn: arn(accountId, "customer", customer.id),
    accountId,
    externalId: customer.externalId,
    email: customer.email,
    name: customer.name,
    phone: customer.phone,
    taxId: customer.taxId,
    address: addressOf(customer),
    defaultPaymentTokenId: customer.defaultPaymentMethodId,
    creditBalance: { amount: customer.creditBalance, currency: customer.creditCurrency },
    metadata: customer.metadata ? (JSON.parse(customer.metadata) as Record<string, string>) : null,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}

/** The stored address columns as the customer object's `address`: null when none is stored. */
function addressOf(customer: Customer): AddressShape | null {
  if (customer.addressLine1 === null || customer.addressCity === null || customer.addressCountry === null) return null;
  return {
    line1: customer.addressLine1,
    line2: customer.addressLine2,
    city: customer.addressCity,
    state: customer.addressState,
    postalCode: customer.addressPostalCode,
    country: customer.addressCountry,
  };
}

/** The address columns to store for an API address; null clears every one. */
export function addressColumns(address: AddressInputShape | null) {
  return {
    addressLine1: address?.line1 ?? null,
    addressLine2: address?.line2 ?? null,
    addressCity: address?.city ?? null,
    addressState: address?.state ?? null,
    addressPostalCode: address?.postalCode ?? null,
    addressCountry: address?.country ?? null,
  };
}
