import type { DatabaseClient } from "../db";
import type { Tenant } from "../tenancy";

/** The next invoice number of a workspace and mode: INV-000001, INV-000002, … */
export async function nextInvoiceNumber(db: DatabaseClient, tenant: Pick<Tenant, "workspaceId" | "mode">): Promise<string> {
  const count = await db.invoice.count({ where: { workspaceId: tenant.workspaceId, mode: tenant.mode } });
  return `INV-${String(count + 1).padStart(6, "0")}`;
}
