// A customer of the tenant; a deleted one (docs/api.md §10.2) is the same 404 as a missing one.
import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { toCustomerResource, type CustomerResource } from "./customer-resource";

export async function findCustomer(tenant: Tenant, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant), deletedAt: null } });
  if (!customer) throw notFound("customer", customerId);
  return customer;
}

/** The customer as the API shows it (docs/api.md §10.2). */
export async function findCustomerResource(tenant: Tenant, customerId: string): Promise<CustomerResource> {
  return toCustomerResource(await findCustomer(tenant, customerId), tenant.accountId);
}
