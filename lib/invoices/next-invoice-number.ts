// Invoice numbers run per workspace and mode without gaps or repeats, however many instances and
// workers issue invoices at once (issue 10, item 2).
import type { DatabaseClient } from "../db";
import type { Tenant } from "../tenancy";

/**
 * The next invoice number of a workspace and mode: INV-000001, INV-000002, … Call it inside the
 * transaction that creates the invoice: it first takes the workspace row's write lock (a no-op
 * update, the same SQL on SQLite and PostgreSQL), so a concurrent transaction numbering an invoice of
 * the same workspace waits until this one commits and then counts its invoice too. Without the lock
 * two transactions on PostgreSQL counted the same invoices and one failed on the unique number.
 */
export async function nextInvoiceNumber(db: DatabaseClient, tenant: Pick<Tenant, "workspaceId" | "mode">): Promise<string> {
  await db.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${tenant.workspaceId}`;
  const count = await db.invoice.count({ where: { workspaceId: tenant.workspaceId, mode: tenant.mode } });
  return `INV-${String(count + 1).padStart(6, "0")}`;
}
