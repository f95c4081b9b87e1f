// npm run bench:webhooks (scripts/bench-webhooks.ts): the two scenarios. A. latency: events appended
// one transaction each, some milliseconds apart, with a worker running; B. throughput: events queued
// first, then worker loops drain them. Every wait is cut short by the script's time limit (`deadline`).
import { performance } from "node:perf_hooks";
import type { Tenant } from "../lib/tenancy";
import type { BenchLib } from "./bench-webhooks-lib";
import type { Receiver } from "./bench-webhooks-receiver";

export const LATENCY_EVENTS = 200;
export const LATENCY_GAP_MS = 20;
export const LATENCY_POLL_INTERVALS_MS = [50, 500];
const WARM_UP_EVENTS = 20;
export const THROUGHPUT_EVENTS = 1000;
const THROUGHPUT_BATCH = 100;
export const THROUGHPUT_WORKERS = [1, 4];
export const THROUGHPUT_POLL_MS = 50;

export type LatencyResult = {
  pollIntervalMs: number;
  events: number;
  received: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
};

export type ThroughputResult = {
  workers: number;
  events: number;
  received: number;
  /** Appending the events (batched transactions, no worker running). */
  appendSeconds: number;
  appendPerSecond: number;
  /** Worker start → first and last verified receipt. */
  firstReceiptMs: number;
  drainSeconds: number;
  deliveriesPerSecond: number;
};

/** Worker loops on their own AbortController, also stopped by the global time limit. */
function startWorkers(lib: BenchLib, workerIds: string[], pollIntervalMs: number, deadline: AbortSignal) {
  const controller = new AbortController();
  const stopOnDeadline = () => controller.abort();
  deadline.addEventListener("abort", stopOnDeadline, { once: true });
  const loops = workerIds.map((workerId) => lib.runWorker({ workerId, pollIntervalMs, signal: controller.signal }));
  return {
    async stop() {
      controller.abort();
      deadline.removeEventListener("abort", stopOnDeadline);
      await Promise.all(loops);
    },
  };
}

function sleepUntil(at: number, signal: AbortSignal): Promise<void> {
  const ms = at - performance.now();
  if (signal.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export async function latencyScenario(
  lib: BenchLib,
  tenant: Tenant,
  receiver: Receiver,
  pollIntervalMs: number,
  deadline: AbortSignal,
): Promise<LatencyResult> {
  const workers = startWorkers(lib, [`bench-latency-${pollIntervalMs}`], pollIntervalMs, deadline);
  const written = new Map<string, number>();
  try {
    // Warm-up, not measured: the worker's first pass (billing, housekeeping, first queries, first
    // connection to the receiver) takes far longer than a steady one and would queue the first events.
    const warmUp: string[] = [];
    const warmUpStart = performance.now();
    for (let i = 0; i < WARM_UP_EVENTS; i++) {
      await sleepUntil(warmUpStart + i * LATENCY_GAP_MS, deadline);
      warmUp.push(await lib.prisma.$transaction((tx) => lib.appendEvent(tx, tenant, "customer.updated", { id: `cus_bench_warmup_${pollIntervalMs}_${i}` })));
    }
    await receiver.waitForAll(warmUp, deadline);

    const start = performance.now();
    for (let i = 0; i < LATENCY_EVENTS; i++) {
      await sleepUntil(start + i * LATENCY_GAP_MS, deadline);
      const id = await lib.prisma.$transaction((tx) => lib.appendEvent(tx, tenant, "customer.updated", { id: `cus_bench_${pollIntervalMs}_${i}` }));
      written.set(id, performance.now());
    }
    await receiver.waitForAll([...written.keys()], deadline);
  } finally {
    await workers.stop();
  }
  const latencies = [...written].map(([id, at]) => (receiver.received.get(id) ?? Number.NaN) - at).sort((a, b) => a - b);
  return {
    pollIntervalMs,
    events: LATENCY_EVENTS,
    received: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    meanMs: latencies.reduce((sum, value) => sum + value, 0) / latencies.length,
  };
}

export async function throughputScenario(
  lib: BenchLib,
  tenant: Tenant,
  receiver: Receiver,
  workerCount: number,
  deadline: AbortSignal,
): Promise<ThroughputResult> {
  // Distinct objects: deliveries about one object are sent in order, one at a time, per endpoint.
  const ids: string[] = [];
  const appendStart = performance.now();
  for (let batch = 0; batch * THROUGHPUT_BATCH < THROUGHPUT_EVENTS; batch++) {
    if (deadline.aborted) throw deadline.reason;
    const batchIds = await lib.prisma.$transaction(async (tx) => {
      const created: string[] = [];
      for (let j = 0; j < THROUGHPUT_BATCH && batch * THROUGHPUT_BATCH + j < THROUGHPUT_EVENTS; j++) {
        const n = batch * THROUGHPUT_BATCH + j;
        created.push(await lib.appendEvent(tx, tenant, "customer.updated", { id: `cus_bench_w${workerCount}_${n}` }));
      }
      return created;
    });
    ids.push(...batchIds);
  }
  const appendMs = performance.now() - appendStart;

  const workerIds = Array.from({ length: workerCount }, (_, k) => `bench-throughput-${workerCount}-${k}`);
  const start = performance.now();
  const workers = startWorkers(lib, workerIds, THROUGHPUT_POLL_MS, deadline);
  try {
    await receiver.waitForAll(ids, deadline);
  } finally {
    await workers.stop();
  }
  const receipts = ids.map((id) => receiver.received.get(id) ?? Number.NaN);
  const drainMs = Math.max(...receipts) - start;
  return {
    workers: workerCount,
    events: THROUGHPUT_EVENTS,
    received: receipts.length,
    appendSeconds: appendMs / 1000,
    appendPerSecond: (THROUGHPUT_EVENTS / appendMs) * 1000,
    firstReceiptMs: Math.min(...receipts) - start,
    drainSeconds: drainMs / 1000,
    deliveriesPerSecond: (THROUGHPUT_EVENTS / drainMs) * 1000,
  };
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
