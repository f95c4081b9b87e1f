// Helpers for the concurrent double-submit tests (docs/decisions/0011-money-safety.md): fire the same
// request many times at once, and read back what money moved — at the processor and in our records.
import "server-only";
import { expect } from "vitest";
import { prisma } from "../db";
import { AppError } from "../errors";
import { countTestProcessorCalls, countTestProcessorCharges } from "../processor/test-processor-ledger";
import { eventsOf } from "../testing/portal-fixtures";
import type { ApiResult } from "../testing/api-client";
import type { Tenant } from "../tenancy";

/** How many identical submits race each other in every test. */
export const SUBMITS = 50;

export function times<T>(count: number, submit: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => submit(index)));
}

/** Every answer is a 200 or a 409 envelope (conflict, invalid_state, idempotency_in_progress); never a 5xx. */
export function expectOnlyOkOrConflict(results: readonly ApiResult[]): void {
  const statuses = new Set(results.map((result) => result.status));
  expect([...statuses].filter((status) => status !== 200 && status !== 409)).toEqual([]);
  expect(statuses.has(200)).toBe(true);
  for (const result of results.filter((candidate) => candidate.status === 409)) {
    expect(["conflict", "invalid_state", "idempotency_in_progress"]).toContain(result.json.error?.code);
  }
}

/** Runs `count` domain calls at once, as the portal's actions make them; a loser may only fail with a 409 AppError. */
export async function settleAll<T>(count: number, submit: (index: number) => Promise<T>): Promise<T[]> {
  const outcomes = await Promise.allSettled(Array.from({ length: count }, (_, index) => submit(index)));
  const refused = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => outcome.reason as unknown);
  for (const reason of refused) {
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).status).toBe(409);
  }
  return outcomes.filter((outcome) => outcome.status === "fulfilled").map((outcome) => outcome.value);
}

export type MoneyFigures = { processorCalls: number; processorCharges: number; recordedCharges: number; pendingCharges: number };

/** Charges the test processor took on the customer's cards beside the succeeded Charge rows we hold. */
export async function moneyFigures(tenant: Tenant, customerId: string): Promise<MoneyFigures> {
  const cards = await prisma.paymentMethod.findMany({ where: { customerId }, select: { processorToken: true } });
  const processorTokens = cards.map((card) => card.processorToken);
  const recorded = await prisma.charge.groupBy({ by: ["status"], where: { workspaceId: tenant.workspaceId }, _count: { _all: true } });
  const countOf = (status: string) => recorded.find((row) => row.status === status)?._count._all ?? 0;
  return {
    processorCharges: await countTestProcessorCharges({ processorTokens }),
    processorCalls: await countTestProcessorCalls({ processorTokens }),
    recordedCharges: countOf("succeeded"),
    pendingCharges: countOf("pending"),
  };
}

/** Exactly one processor call and one charge, recorded once, with nothing left pending: losers never reach the processor. */
export async function expectOneCharge(tenant: Tenant, customerId: string): Promise<void> {
  expect(await moneyFigures(tenant, customerId)).toEqual({ processorCalls: 1, processorCharges: 1, recordedCharges: 1, pendingCharges: 0 });
}

export async function eventCount(tenant: Tenant, type: string): Promise<number> {
  return (await eventsOf(tenant)).filter((event) => event.type === type).length;
}
