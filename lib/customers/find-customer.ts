import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";

export async function findCustomer(tenant: Tenant, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant) } });
  if (!customer) throw notFound("customer", customerId);
  return customer;
}
