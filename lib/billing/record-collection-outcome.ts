// Records a collection attempt on the subscription, in one transaction with its events:
// paid → active, dunning cleared; failed → past_due with the next retry from the dunning schedule,
// or, when no retry is left, canceled with canceledReason "failed_payment" (subscription.cancelled,
// and invoice.failed for the invoice given up on).
import "server-only";
import { prisma, type DatabaseClient } from "../db";
import { appendEvent } from "../events/append-event";
import { toInvoiceResource } from "../invoices/invoice-resource";
import { toSubscriptionResource } from "../subscriptions/subscription-resource";
import type { Tenant } from "../tenancy";
import { nextDunningAttemptAt } from "./dunning-schedule";
import { updateLeasedSubscription, type BillingState, type StepOutcome } from "./billing-state";

export type CollectionResult =
  | { ok: true }
  /** `announced`: payInvoice already emitted invoice.payment_failed for this attempt. */
  | { ok: false; invoiceId: string; code: string; message: string; announced: boolean };

export async function recordCollectionOutcome(state: BillingState, dueAt: Date, result: CollectionResult): Promise<StepOutcome> {
  const { subscription, tenant, lease } = state;
  const failedAttempts = subscription.dunningAttempts + 1;
  const retryAt = result.ok ? null : nextDunningAttemptAt(failedAttempts, dueAt);
  const data = result.ok
    ? { status: "active", dunningAttempts: 0, nextDunningAt: null }
    : retryAt
      ? { status: "past_due", dunningAttempts: failedAttempts, nextDunningAt: retryAt }
      : { status: "canceled", dunningAttempts: failedAttempts, nextDunningAt: null, canceledAt: dueAt, canceledReason: "failed_payment" };
  return prisma.$transaction(async (tx): Promise<StepOutcome> => {
    const updated = await updateLeasedSubscription(
      tx,
      lease,
      { status: subscription.status, nextDunningAt: dueAt, dunningAttempts: subscription.dunningAttempts },
      data,
    );
    if (!updated) return "skipped";
    if (!result.ok && !result.announced) await announcePaymentFailure(tx, tenant, result);
    const resource = toSubscriptionResource(updated, tenant.accountId);
    if (updated.status === "canceled") {
      await appendEvent(tx, tenant, "subscription.cancelled", resource, {
        status: subscription.status,
        canceledAt: null,
        canceledReason: subscription.canceledReason,
      });
      if (!result.ok) await announceCollectionGivenUp(tx, tenant, result.invoiceId);
    } else if (updated.status !== subscription.status) {
      await appendEvent(tx, tenant, "subscription.updated", resource, { status: subscription.status });
    }
    return "applied";
  });
}

/** invoice.failed when dunning gives up on the invoice (docs/api.md §8.2); the invoice itself stays as it is. */
async function announceCollectionGivenUp(tx: DatabaseClient, tenant: Tenant, invoiceId: string) {
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });
  await appendEvent(tx, tenant, "invoice.failed", toInvoiceResource(invoice, tenant.accountId));
}

/** invoice.payment_failed for an attempt that never reached the processor (no card on file). */
async function announcePaymentFailure(tx: DatabaseClient, tenant: Tenant, failure: { invoiceId: string; code: string; message: string }) {
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: failure.invoiceId }, include: { lines: true } });
  await appendEvent(tx, tenant, "invoice.payment_failed", {
    ...toInvoiceResource(invoice, tenant.accountId),
    failureCode: failure.code,
    failureMessage: failure.message,
  });
}
