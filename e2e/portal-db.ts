// Direct writes to the e2e database for what has no API yet (merchant portal settings, plan
// features) — the way a merchant's dashboard would change them.
import Database from "better-sqlite3";
import { E2E_ENV } from "./e2e-env";

function open() {
  return new Database((E2E_ENV.DATABASE_URL as string).replace(/^file:/, ""), { timeout: 10_000 });
}

export function setPortalSettings(workspaceId: string, settings: Partial<Record<"cancelSubscription" | "updatePaymentMethod" | "viewInvoices" | "changePlan", boolean>>): void {
  const db = open();
  try {
    for (const [column, value] of Object.entries(settings)) {
      db.prepare(`UPDATE PortalSettings SET "${column}" = ? WHERE workspaceId = ?`).run(value ? 1 : 0, workspaceId);
    }
  } finally {
    db.close();
  }
}

export function setPlanFeatures(workspaceId: string, planName: string, features: Record<string, boolean>): void {
  const db = open();
  try {
    const plan = db.prepare("SELECT id, portalFeatures FROM Plan WHERE workspaceId = ? AND name = ?").get(workspaceId, planName) as { id: string; portalFeatures: string };
    db.prepare("UPDATE Plan SET portalFeatures = ? WHERE id = ?").run(JSON.stringify({ ...JSON.parse(plan.portalFeatures), ...features }), plan.id);
  } finally {
    db.close();
  }
}

export function countCharges(invoiceNumber: string, workspaceId: string): number {
  const db = open();
  try {
    const row = db
      .prepare("SELECT COUNT(*) AS count FROM Charge c JOIN Invoice i ON i.id = c.invoiceId WHERE i.number = ? AND i.workspaceId = ? AND c.status = 'succeeded'")
      .get(invoiceNumber, workspaceId) as { count: number };
    return Number(row.count);
  } finally {
    db.close();
  }
}

export function eventTypes(workspaceId: string): string[] {
  const db = open();
  try {
    return (db.prepare("SELECT type FROM Event WHERE workspaceId = ? ORDER BY occurredAt, id").all(workspaceId) as { type: string }[]).map((row) => row.type);
  } finally {
    db.close();
  }
}

export function findId(table: "Invoice" | "Subscription", workspaceId: string, where: { number?: string; customerId?: string }): string {
  const db = open();
  try {
    const row = where.number
      ? db.prepare(`SELECT id FROM ${table} WHERE workspaceId = ? AND number = ?`).get(workspaceId, where.number)
      : db.prepare(`SELECT id FROM ${table} WHERE workspaceId = ? AND customerId = ?`).get(workspaceId, where.customerId);
    return (row as { id: string }).id;
  } finally {
    db.close();
  }
}
