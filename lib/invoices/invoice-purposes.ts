// What each invoice was for, as the portal tells a customer (issue 12, item 3): a subscription's
// period (plan and dates), a plan change's proration (from one plan to another, for the rest of the
// period: docs/decisions/0005-proration.md), or a one-off invoice's own lines (POST /invoices).
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";

export type InvoicePurpose =
  | { kind: "period"; planName: string | null; period: InvoicePeriod | null }
  | { kind: "proration"; fromPlanName: string | null; toPlanName: string | null; period: InvoicePeriod | null }
  | { kind: "one_off"; firstLine: string | null; moreLines: number };

export type InvoicePeriod = { start: Date; end: Date };

export type InvoiceFacts = {
  id: string;
  subscriptionId: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  lines: { description: string; priceId: string | null; amount: number; position: number }[];
};

/**
 * Pure: a proration invoice is the one whose priced lines include a negative one (the unused time on
 * the old plan); a period invoice's only priced line is its plan (a "Credit applied" line has no price).
 */
export function invoicePurpose(invoice: InvoiceFacts, planNameByPriceId: ReadonlyMap<string, string>): InvoicePurpose {
  const lines = [...invoice.lines].sort((a, b) => a.position - b.position);
  if (!invoice.subscriptionId) {
    return { kind: "one_off", firstLine: lines[0]?.description ?? null, moreLines: Math.max(0, lines.length - 1) };
  }
  const period = invoice.periodStart && invoice.periodEnd ? { start: invoice.periodStart, end: invoice.periodEnd } : null;
  const priced = lines.filter((line) => line.priceId !== null);
  const planOf = (line: { priceId: string | null } | undefined) => (line?.priceId ? (planNameByPriceId.get(line.priceId) ?? null) : null);
  const unused = priced.find((line) => line.amount < 0);
  if (unused) {
    return { kind: "proration", fromPlanName: planOf(unused), toPlanName: planOf(priced.find((line) => line.amount >= 0)), period };
  }
  return { kind: "period", planName: planOf(priced[0]), period };
}

/** The purposes of a page of the tenant's invoices, by invoice id: one query for the plan names. */
export async function findInvoicePurposes(tenant: Tenant, invoices: readonly InvoiceFacts[]): Promise<Map<string, InvoicePurpose>> {
  const priceIds = [...new Set(invoices.flatMap((invoice) => invoice.lines.flatMap((line) => (line.priceId ? [line.priceId] : []))))];
  const prices = priceIds.length
    ? await prisma.price.findMany({ where: { id: { in: priceIds }, ...tenantWhere(tenant) }, select: { id: true, plan: { select: { name: true } } } })
    : [];
  const planNames = new Map(prices.map((price) => [price.id, price.plan.name]));
  return new Map(invoices.map((invoice) => [invoice.id, invoicePurpose(invoice, planNames)]));
}
