// Inside a transaction that creates something for a customer (a subscription, an invoice): takes the
// customer row's write lock and reports whether the customer still exists undeleted. DELETE
// /customers/{id} takes the same lock before it checks for live subscriptions, so the two serialize:
// a subscription created first makes the delete a 409; a delete first makes the creation a 404
// (docs/api.md §10.2). A no-op update, the same SQL on SQLite and PostgreSQL.
import type { DatabaseClient } from "../db";
import type { Tenant } from "../tenancy";

export async function lockLiveCustomer(db: DatabaseClient, tenant: Tenant, customerId: string): Promise<boolean> {
  const locked =
    await db.$executeRaw`UPDATE "Customer" SET "id" = "id" WHERE "id" = ${customerId} AND "workspaceId" = ${tenant.workspaceId} AND "mode" = ${tenant.mode} AND "deletedAt" IS NULL`;
  return locked === 1;
}
