// Creates a customer and appends customer.created in the same transaction.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { isUniqueConstraintError } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { addressColumns, toCustomerResource, type CustomerResource } from "./customer-resource";
import type { CreateCustomerInput } from "./customer-schemas";
import { duplicateExternalIdError } from "./duplicate-external-id-error";
import { storedMetadata } from "./metadata-schemas";

export async function createCustomer(tenant: Tenant, input: CreateCustomerInput): Promise<CustomerResource> {
  const createdAt = now();
  try {
    return await prisma.$transaction(async (tx) => {
      const customer = await tx.customer.create({
        data: {
          id: newId("customer"),
          ...tenantWhere(tenant),
          email: input.email ?? null,
          name: input.name ?? null,
          phone: input.phone ?? null,
          externalId: input.externalId ?? null,
          taxId: input.taxId ?? null,
          ...addressColumns(input.address ?? null),
          metadata: storedMetadata(input.metadata),
          createdAt,
          updatedAt: createdAt,
        },
      });
      const resource = toCustomerResource(customer, tenant.accountId);
      await appendEvent(tx, tenant, "customer.created", resource);
      return resource;
    });
  } catch (error) {
    if (isUniqueConstraintError(error)) throw duplicateExternalIdError(input.externalId);
    throw error;
  }
}
