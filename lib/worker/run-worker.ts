// The background worker (ARCHITECTURE "worker"): delivers due webhooks, sends queued invoice emails
// (lib/mail), runs the billing cycle, and every few minutes forgets expired idempotency records.
// Every piece of work is claimed with a lease, so any number of workers may run against one
// database (in `npm start` or `npm run worker`).
// It loops at once while there is work, sleeps when idle, logs a failing task (never secrets or
// bodies) and keeps going, and stops cleanly when its signal aborts. While one task has work, the
// ones that found none wait out a poll interval instead of polling the database on every pass (with
// two workers draining webhooks, the others' polls cost as much CPU as the deliveries).
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { nowMs } from "../clock";
import { log } from "../log";
import { runBillingCycle } from "../billing/run-billing-cycle";
import { deleteExpiredIdempotencyRecords } from "../idempotency/idempotency-records";
import { deliverDueEmails } from "../mail/deliver-due-emails";
import { logEmailOutboxStatus } from "../mail/email-outbox-status";
import { deliverDueWebhooks } from "../webhooks/deliver-due-webhooks";
import type { DeliverOptions } from "../webhooks/delivery-settings";
import { describeError } from "../webhooks/deliver-log";

export const DEFAULT_POLL_INTERVAL_MS = 500;
export const CLEANUP_INTERVAL_MS = 5 * 60 * 1000;
/** After a task throws, the worker waits at least this long before its next pass. */
const ERROR_PAUSE_MS = 2000;

export type WorkerTask = {
  name: string;
  /** Run at most this often (by the clock); default every pass. */
  everyMs?: number;
  /** Returns how much work it did; any work makes the worker look again without sleeping. */
  run: (context: { workerId: string }) => Promise<number>;
};

export function defaultWorkerTasks(options: { webhooks?: Omit<DeliverOptions, "workerId"> } = {}): WorkerTask[] {
  return [
    {
      name: "webhooks",
      run: async ({ workerId }) => {
        const { attempted, claimedByOthers } = await deliverDueWebhooks({ ...options.webhooks, workerId });
        return attempted + claimedByOthers;
      },
    },
    { name: "email", run: async ({ workerId }) => (await deliverDueEmails({ workerId })).attempted },
    { name: "billing", run: async ({ workerId }) => (await runBillingCycle({ workerId })).processed },
    {
      name: "idempotency-cleanup",
      everyMs: CLEANUP_INTERVAL_MS,
      run: async () => {
        await deleteExpiredIdempotencyRecords();
        return 0; // housekeeping: never a reason to skip the sleep
      },
    },
  ];
}

export type RunWorkerOptions = {
  workerId?: string;
  pollIntervalMs?: number;
  signal?: AbortSignal;
  tasks?: WorkerTask[];
};

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Runs until `signal` aborts; resolves once the pass in progress has finished. */
export async function runWorker(options: RunWorkerOptions = {}): Promise<void> {
  const workerId = options.workerId ?? newWorkerId();
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const tasks = options.tasks ?? defaultWorkerTasks();
  const { signal } = options;
  const lastRunMs = new Map<string, number>();
  // A task that found nothing is not asked again before a poll interval has passed, even while
  // another task keeps the loop busy (monotonic time: test clocks move the billing clock).
  const idleUntil = new Map<string, number>();
  log("info", "worker started", { workerId, pollIntervalMs, tasks: tasks.map((task) => task.name) });
  if (tasks.some((task) => task.name === "email")) await logEmailOutboxStatus().catch(() => undefined);

  while (!signal?.aborted) {
    let worked = false;
    let failed = false;
    for (const task of tasks) {
      if (signal?.aborted) break;
      const last = lastRunMs.get(task.name);
      if (task.everyMs !== undefined && last !== undefined && Math.abs(nowMs() - last) < task.everyMs) continue;
      if ((idleUntil.get(task.name) ?? 0) > performance.now()) continue;
      lastRunMs.set(task.name, nowMs());
      try {
        const done = await task.run({ workerId });
        if (done > 0) worked = true;
        idleUntil.set(task.name, done > 0 ? 0 : performance.now() + pollIntervalMs);
      } catch (error) {
        failed = true;
        log("error", "worker task failed", { workerId, task: task.name, error: describeError(error) });
      }
    }
    if (!worked || failed) await sleep(failed ? Math.max(pollIntervalMs, ERROR_PAUSE_MS) : pollIntervalMs, signal);
  }
  log("info", "worker stopped", { workerId });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
