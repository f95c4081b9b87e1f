import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";

export async function listCustomerPaymentMethods(tenant: Tenant, customerId: string) {
  const [paymentMethods, customer] = await Promise.all([
    prisma.paymentMethod.findMany({
      where: { ...tenantWhere(tenant), customerId, detachedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant) }, select: { defaultPaymentMethodId: true } }),
  ]);
  return paymentMethods.map((paymentMethod) => ({
    ...paymentMethod,
    isDefault: paymentMethod.id === customer?.defaultPaymentMethodId,
  }));
}
