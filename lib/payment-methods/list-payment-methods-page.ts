// A customer's cards for the merchant API: keyset-paginated over the methods still attached.
// (The portal keeps using listCustomerPaymentMethods, which returns them all with isDefault.)
import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { paginate, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";

export async function listPaymentMethodsPage(tenant: Tenant, customerId: string, page: PageRequest) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant), deletedAt: null }, select: { id: true } });
  if (!customer) throw notFound("customer", customerId);
  const where = { ...tenantWhere(tenant), customerId, detachedAt: null };
  return paginate(
    page,
    (id) => prisma.paymentMethod.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) => prisma.paymentMethod.findMany({ where: { ...where, ...after }, orderBy, take }),
  );
}
