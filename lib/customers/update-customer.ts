// Changes the fields sent (null clears one) and appends one customer.updated with the previous
// values of the fields that changed, in one transaction. A request that changes nothing is a no-op.
import "server-only";
import { prisma, type DatabaseClient } from "../db";
import { now } from "../clock";
import { AppError, isUniqueConstraintError, notFound } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Customer } from "../generated/prisma/client";
import { tenantWhere, type Tenant } from "../tenancy";
import { addressColumns, toCustomerResource, type CustomerResource } from "./customer-resource";
import type { UpdateCustomerInput } from "./customer-schemas";
import { duplicateExternalIdError } from "./duplicate-external-id-error";
import { storedMetadata } from "./metadata-schemas";

type UpdatableField = Exclude<keyof UpdateCustomerInput, "address">;
type UpdatableColumn = "email" | "name" | "phone" | "externalId" | "taxId" | "metadata" | "defaultPaymentMethodId";

const COLUMN_OF_FIELD: Record<UpdatableField, UpdatableColumn> = {
  email: "email",
  name: "name",
  phone: "phone",
  externalId: "externalId",
  taxId: "taxId",
  metadata: "metadata",
  defaultPaymentTokenId: "defaultPaymentMethodId",
};

export async function updateCustomer(tenant: Tenant, customerId: string, input: UpdateCustomerInput): Promise<CustomerResource> {
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.customer.findFirst({ where: { id: customerId, ...tenantWhere(tenant), deletedAt: null } });
      if (!current) throw notFound("customer", customerId);
      if (input.defaultPaymentTokenId) await assertChargeablePaymentMethod(tx, tenant, current.id, input.defaultPaymentTokenId);
      const before = toCustomerResource(current, tenant.accountId);
      const changes = changedColumns(current, input);
      const changedFields = Object.keys(changes.fields) as (keyof UpdateCustomerInput)[];
      if (changedFields.length === 0) return before;
      const updated = await tx.customer.update({
        where: { id: current.id, ...tenantWhere(tenant) },
        data: { ...changes.columns, updatedAt: now() },
      });
      const resource = toCustomerResource(updated, tenant.accountId);
      const previousAttributes = Object.fromEntries(changedFields.map((field) => [field, before[field]]));
      await appendEvent(tx, tenant, "customer.updated", resource, previousAttributes);
      return resource;
    });
  } catch (error) {
    if (isUniqueConstraintError(error)) throw duplicateExternalIdError(input.externalId);
    throw error;
  }
}

/** The columns whose stored value differs from what was sent, and the API fields they came from. */
function changedColumns(current: Customer, input: UpdateCustomerInput) {
  const columns: Partial<Record<UpdatableColumn | keyof ReturnType<typeof addressColumns>, string | null>> = {};
  const fields: Partial<Record<keyof UpdateCustomerInput, true>> = {};
  if (input.address !== undefined) {
    const address = addressColumns(input.address);
    const changed = (Object.keys(address) as (keyof typeof address)[]).filter((column) => address[column] !== current[column]);
    if (changed.length > 0) {
      Object.assign(columns, address);
      fields.address = true;
    }
  }
  for (const field of Object.keys(COLUMN_OF_FIELD) as UpdatableField[]) {
    const sent = input[field];
    if (sent === undefined) continue;
    const column = COLUMN_OF_FIELD[field];
    const stored = field === "metadata" ? storedMetadata(input.metadata) : (sent as string | null);
    if (stored === current[column]) continue;
    columns[column] = stored;
    fields[field] = true;
  }
  return { columns, fields };
}

/** The same rule as setDefaultPaymentMethod: a payment method of this customer, not detached. */
async function assertChargeablePaymentMethod(db: DatabaseClient, tenant: Tenant, customerId: string, paymentMethodId: string) {
  const paymentMethod = await db.paymentMethod.findFirst({
    where: { id: paymentMethodId, customerId, ...tenantWhere(tenant), detachedAt: null },
    select: { id: true },
  });
  if (!paymentMethod) {
    throw new AppError("not_found", `No such payment method: '${paymentMethodId}'`, { field: "defaultPaymentTokenId" });
  }
}
