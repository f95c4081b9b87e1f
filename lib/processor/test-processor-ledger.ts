// The test-mode processor's own record of what it was asked to charge (docs/decisions/0011-money-safety.md):
// one entry per attempt key, the processor's idempotency key. A key presented again is answered from
// its entry and charges nothing more. Kept in the database so every app and worker process shares it;
// tests compare its count of charges with the Charge rows the app recorded.
import "server-only";
import { prisma } from "../db";
import { sha256Hex } from "../crypto/hash";
import { isUniqueConstraintError } from "../errors";

export type TestProcessorOutcome = "succeeded" | "insufficient_funds" | "card_declined";

export type TestProcessorEntry = {
  attemptKey: string;
  /** SHA-256 of the processor token: which card was charged, never the token itself. */
  tokenHash: string;
  amount: number;
  currency: string;
  outcome: TestProcessorOutcome;
  reference: string | null;
};

export interface TestProcessorLedger {
  /** Records the entry unless its attempt key is known; returns the entry first recorded for the key. */
  recordOnce(entry: TestProcessorEntry): Promise<TestProcessorEntry>;
}

export function processorTokenHash(processorToken: string): string {
  return sha256Hex(processorToken);
}

function asEntry(row: Omit<TestProcessorEntry, "outcome"> & { outcome: string }): TestProcessorEntry {
  const { attemptKey, tokenHash, amount, currency, reference } = row;
  return { attemptKey, tokenHash, amount, currency, reference, outcome: row.outcome as TestProcessorOutcome };
}

export const databaseTestProcessorLedger: TestProcessorLedger = {
  async recordOnce(entry) {
    try {
      return asEntry(await prisma.testProcessorCharge.create({ data: entry }));
    } catch (error) {
      if (!isUniqueConstraintError(error)) throw error;
      const known = await prisma.testProcessorCharge.update({ where: { attemptKey: entry.attemptKey }, data: { calls: { increment: 1 } } });
      return asEntry(known);
    }
  },
};

/** A ledger in this process's memory, for unit tests that run without a database. */
export function inMemoryTestProcessorLedger(): TestProcessorLedger & { entries: Map<string, TestProcessorEntry> } {
  const entries = new Map<string, TestProcessorEntry>();
  return {
    entries,
    async recordOnce(entry) {
      const known = entries.get(entry.attemptKey);
      if (known) return known;
      entries.set(entry.attemptKey, entry);
      return entry;
    },
  };
}

export type TestProcessorChargeFilter = { processorTokens?: readonly string[]; attemptKeyPrefix?: string };

/** How many charges the test processor took (succeeded entries), for the given cards or attempt keys. */
export async function countTestProcessorCharges(filter: TestProcessorChargeFilter): Promise<number> {
  return prisma.testProcessorCharge.count({ where: { ...ledgerWhere(filter), outcome: "succeeded" } });
}

function ledgerWhere(filter: TestProcessorChargeFilter) {
  return {
    ...(filter.processorTokens ? { tokenHash: { in: filter.processorTokens.map(processorTokenHash) } } : {}),
    ...(filter.attemptKeyPrefix ? { attemptKey: { startsWith: filter.attemptKeyPrefix } } : {}),
  };
}

/** How often the test processor was called for the given cards (every presentation of every key). */
export async function countTestProcessorCalls(filter: TestProcessorChargeFilter): Promise<number> {
  const total = await prisma.testProcessorCharge.aggregate({
    _sum: { calls: true },
    where: ledgerWhere(filter),
  });
  return total._sum.calls ?? 0;
}
