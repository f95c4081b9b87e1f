// Every processor call is a Charge row first (docs/decisions/0011-money-safety.md): written `pending`
// with an attempt key unique to the call, before the call; the attempt key is the processor's
// idempotency key; the row is settled (succeeded or failed) after. A call whose answer never arrived
// leaves its row pending, and the next try of the same payment presents the same key again, so the
// processor answers it without charging twice.
import "server-only";
import type { DatabaseClient } from "../db";
import { newId } from "../ids";
import { paymentProcessorFor, type ChargeResult } from "../processor";
import type { Tenant } from "../tenancy";

export type PendingCharge = { id: string; attemptKey: string; amount: number; currency: string; paymentMethodId: string };

export type NewChargeAttempt = {
  /** Builds the attempt key from the new charge's id, which makes it unique to this call. */
  attemptKeyFor: (chargeId: string) => string;
  paymentMethodId: string;
  amount: number;
  currency: string;
  invoiceId?: string | null;
  subscriptionId?: string | null;
};

export async function recordPendingCharge(db: DatabaseClient, tenant: Tenant, attempt: NewChargeAttempt): Promise<PendingCharge> {
  const id = newId("charge");
  return db.charge.create({
    data: {
      id,
      workspaceId: tenant.workspaceId,
      mode: tenant.mode,
      attemptKey: attempt.attemptKeyFor(id),
      paymentMethodId: attempt.paymentMethodId,
      amount: attempt.amount,
      currency: attempt.currency,
      invoiceId: attempt.invoiceId ?? null,
      subscriptionId: attempt.subscriptionId ?? null,
      status: "pending",
    },
    select: { id: true, attemptKey: true, amount: true, currency: true, paymentMethodId: true },
  });
}

/** Asks the processor to take a pending charge, with the charge's attempt key as its idempotency key. */
export function chargeAtProcessor(tenant: Tenant, pending: PendingCharge, processorToken: string): Promise<ChargeResult> {
  return paymentProcessorFor(tenant.mode).charge({
    processorToken,
    amount: pending.amount,
    currency: pending.currency,
    attemptKey: pending.attemptKey,
  });
}

/**
 * Records the processor's answer on the pending row; false when the row was settled already (a
 * concurrent retry of the same attempt got there first), in which case the caller writes nothing.
 */
export async function settleCharge(db: DatabaseClient, pending: PendingCharge, result: ChargeResult, invoiceId?: string): Promise<boolean> {
  const { count } = await db.charge.updateMany({
    where: { id: pending.id, status: "pending" },
    data: result.ok
      ? { status: "succeeded", processorReference: result.reference, ...(invoiceId ? { invoiceId } : {}) }
      : { status: "failed", failureCode: result.code },
  });
  return count === 1;
}
