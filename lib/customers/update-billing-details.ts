// The portal's "Billing details" save (docs/api.md §7.7): the customer's name, email, address and
// tax ID through the one customer update, so it is tenant-scoped, transactional and appends the
// same customer.updated a PATCH /customers/{id} would (§8.2); nothing changed, nothing emitted.
import "server-only";
import type { Tenant } from "../tenancy";
import type { BillingDetails } from "./billing-details-form";
import type { CustomerResource } from "./customer-resource";
import { updateCustomer } from "./update-customer";

export async function updateBillingDetails(tenant: Tenant, customerId: string, details: BillingDetails): Promise<CustomerResource> {
  return updateCustomer(tenant, customerId, { name: details.name, email: details.email, address: details.address, taxId: details.taxId });
}
