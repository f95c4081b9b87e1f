// Integration-test helpers for billing: move a workspace's test clock, swap the customer's card,
// and read back invoices, charges and events.
import "server-only";
import { prisma } from "../db";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { eventsOf } from "../testing/portal-fixtures";
import type { Tenant } from "../tenancy";
import { moveTestClock } from "./test-clock";

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** Moves the workspace's billing clock forward (no billing run). */
export async function advanceWorkspaceClock(tenant: Tenant, ms: number): Promise<void> {
  await moveTestClock(tenant, ms);
}

export async function useCard(tenant: Tenant, customerId: string, card: keyof typeof TEST_CARDS) {
  return attachCard(tenant, customerId, { number: TEST_CARDS[card].number, expMonth: 12, expYear: 2034, cvc: "123" }, { makeDefault: true });
}

/** The subscription's invoices, oldest first, leaving out `except` (such as the fixture's own open invoice). */
export async function invoicesOf(subscriptionId: string, except?: { id: string }) {
  const invoices = await prisma.invoice.findMany({
    where: { subscriptionId },
    include: { lines: { orderBy: { position: "asc" } }, charges: { orderBy: { createdAt: "asc" } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return except ? invoices.filter((invoice) => invoice.id !== except.id) : invoices;
}

export async function subscriptionRow(subscriptionId: string) {
  return prisma.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
}

export async function eventTypes(tenant: Tenant, prefix = ""): Promise<string[]> {
  return (await eventsOf(tenant)).map((event) => event.type).filter((type) => type.startsWith(prefix));
}

export async function lastEvent(tenant: Tenant, type: string) {
  return (await eventsOf(tenant)).filter((event) => event.type === type).at(-1);
}
