// A subscription is billed by one worker at a time: a worker claims it with a lease (a conditional
// updateMany, the same on SQLite and PostgreSQL), renews the lease before each step, and every
// step's transaction writes only while the lease is still its own.
import "server-only";
import { prisma } from "../db";
import { nowMs } from "../clock";

export const BILLING_LEASE_MS = 2 * 60 * 1000;
/** After an unexpected error the lease is kept this long, so the subscription is retried later. */
export const BILLING_ERROR_BACKOFF_MS = 5 * 60 * 1000;

export type BillingLease = { subscriptionId: string; workerId: string };

/** Claims (or renews) the lease; false when another worker holds an unexpired one. */
export async function claimBillingLease(lease: BillingLease): Promise<boolean> {
  const current = nowMs();
  const { count } = await prisma.subscription.updateMany({
    where: {
      id: lease.subscriptionId,
      OR: [{ billingLeaseOwner: null }, { billingLeaseOwner: lease.workerId }, { billingLeaseExpiresAt: { lt: new Date(current) } }],
    },
    data: { billingLeaseOwner: lease.workerId, billingLeaseExpiresAt: new Date(current + BILLING_LEASE_MS) },
  });
  return count === 1;
}

export async function releaseBillingLease(lease: BillingLease): Promise<void> {
  await prisma.subscription.updateMany({
    where: { id: lease.subscriptionId, billingLeaseOwner: lease.workerId },
    data: { billingLeaseOwner: null, billingLeaseExpiresAt: null },
  });
}

/** Keeps the lease (so no worker picks the subscription up) until the back-off has passed. */
export async function backOffBillingLease(lease: BillingLease): Promise<void> {
  await prisma.subscription.updateMany({
    where: { id: lease.subscriptionId, billingLeaseOwner: lease.workerId },
    data: { billingLeaseExpiresAt: new Date(nowMs() + BILLING_ERROR_BACKOFF_MS) },
  });
}

/** The where-clause of subscriptions no worker holds right now. */
export function unleasedWhere(at: Date) {
  return { OR: [{ billingLeaseOwner: null }, { billingLeaseExpiresAt: { lt: at } }] };
}
