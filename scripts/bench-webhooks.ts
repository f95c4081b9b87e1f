// npm run bench:webhooks: a benchmark, not a test. Measures webhook delivery through the real outbox
// (appendEvent → WebhookDelivery rows) and the real worker (runWorker → deliverDueWebhooks → signed
// POST) against a local receiver on 127.0.0.1 that verifies every request with the SDK's
// verifyWebhook. Uses its own SQLite database (.test/bench-webhooks.db) and only loopback traffic.
//
//   A. Latency: the worker runs in-process (poll 50 ms, then the default 500 ms) while 200 events
//      are appended one transaction each, 20 ms apart (after 20 unmeasured warm-up events);
//      latency = commit returned → request verified at the receiver. Reports p50 / p95 / p99 / max.
//   B. Throughput: 1000 events are appended in batched transactions with no worker running, then
//      1 (and then 4) in-process runWorker loops start; drain time = start → last verified receipt.
//
// The table goes to stdout, followed by one line `BENCH_JSON {...}`; progress and logs go to stderr.
// Everything is aborted after 120 s (the partial results are printed and the exit code is 1).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DB_FILE = ".test/bench-webhooks.db";
const TIME_LIMIT_MS = 120_000;
const LATENCY_EVENTS = 200;
const LATENCY_GAP_MS = 20;
const LATENCY_POLL_INTERVALS_MS = [50, 500];
const WARM_UP_EVENTS = 20;
const THROUGHPUT_EVENTS = 1000;
const THROUGHPUT_BATCH = 100;
const THROUGHPUT_WORKERS = [1, 4];
const THROUGHPUT_POLL_MS = 50;

// ---------------------------------------------------------------------------------------------
// Environment first: lib/env.ts caches process.env on first use and lib/db.ts opens its client at
// import, so no lib module may be imported before this point (they are loaded with import() below).

process.chdir(ROOT);
mkdirSync(".test", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
process.env.DATABASE_URL = `file:./${DB_FILE}`;
process.env.APP_SECRET = randomBytes(32).toString("base64url"); // 43 characters
process.env.LOG_LEVEL = "warn";
process.env.WORKER = "off";
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
delete process.env.TEST_CLOCK_FILE;

const startedAt = performance.now();
const deadline = new AbortController();
const limitTimer = setTimeout(() => deadline.abort(new Error(`time limit of ${TIME_LIMIT_MS / 1000} s reached`)), TIME_LIMIT_MS);
limitTimer.unref();
// Last resort should cleanup itself hang (it never should): leave anyway.
const hardExitTimer = setTimeout(() => {
  say("cleanup did not finish within 10 s of the time limit; exiting");
  process.exit(1);
}, TIME_LIMIT_MS + 10_000);
hardExitTimer.unref();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => deadline.abort(new Error(`interrupted (${signal})`)));

function say(message: string): void {
  process.stderr.write(`[bench:webhooks] ${message}\n`);
}

async function loadLib() {
  const [db, events, worker, endpoints, verify] = await Promise.all([
    import("../lib/db"),
    import("../lib/events/append-event"),
    import("../lib/worker/run-worker"),
    import("../lib/webhooks/create-webhook-endpoint"),
    import("../lib/sdk/verify-webhook"),
  ]);
  const fixtures = await import("../lib/testing/fixtures");
  return {
    prisma: db.prisma,
    appendEvent: events.appendEvent,
    runWorker: worker.runWorker,
    createWebhookEndpoint: endpoints.createWebhookEndpoint,
    verifyWebhook: verify.verifyWebhook,
    createTestWorkspace: fixtures.createTestWorkspace,
  };
}

type Lib = Awaited<ReturnType<typeof loadLib>>;
type Tenant = import("../lib/tenancy").Tenant;

// ---------------------------------------------------------------------------------------------
// The merchant's endpoint

type Receiver = {
  url: string;
  /** performance.now() of the first verified receipt, per event id. */
  received: Map<string, number>;
  duplicates: number;
  rejected: number;
  setSecret(secret: string): void;
  waitForAll(ids: readonly string[], signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
};

async function startReceiver(verifyWebhook: Lib["verifyWebhook"]): Promise<Receiver> {
  let secret = "";
  const received = new Map<string, number>();
  const waiters = new Set<{ missing: Set<string>; resolve: () => void }>();
  const receiver = { duplicates: 0, rejected: 0 };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      let eventId: string | undefined;
      try {
        const header = request.headers["x-plugipay-signature"];
        const event = verifyWebhook<{ id?: unknown }>(body, Array.isArray(header) ? header[0] : header, secret);
        if (typeof event.id === "string") eventId = event.id;
      } catch {
        eventId = undefined;
      }
      const at = performance.now();
      if (request.method !== "POST" || request.url !== "/hook" || eventId === undefined) {
        receiver.rejected++;
        response.writeHead(400, { "Content-Type": "application/json" }).end('{"error":"rejected"}');
        return;
      }
      if (received.has(eventId)) receiver.duplicates++;
      else {
        received.set(eventId, at);
        for (const waiter of waiters) {
          waiter.missing.delete(eventId);
          if (waiter.missing.size === 0) waiter.resolve();
        }
      }
      response.writeHead(200, { "Content-Type": "application/json" }).end('{"received":true}');
    });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    get duplicates() {
      return receiver.duplicates;
    },
    get rejected() {
      return receiver.rejected;
    },
    setSecret(value) {
      secret = value;
    },
    waitForAll(ids, signal) {
      const missing = new Set(ids.filter((id) => !received.has(id)));
      if (missing.size === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const waiter = {
          missing,
          resolve: () => {
            waiters.delete(waiter);
            signal.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          waiters.delete(waiter);
          reject(new Error(`${missing.size} of ${ids.length} events not received: ${String((signal.reason as Error)?.message ?? signal.reason)}`));
        };
        if (signal.aborted) return onAbort();
        waiters.add(waiter);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

type LatencyResult = {
  pollIntervalMs: number;
  events: number;
  received: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
};

type ThroughputResult = {
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
function startWorkers(lib: Lib, workerIds: string[], pollIntervalMs: number) {
  const controller = new AbortController();
  const stopOnDeadline = () => controller.abort();
  deadline.signal.addEventListener("abort", stopOnDeadline, { once: true });
  const loops = workerIds.map((workerId) => lib.runWorker({ workerId, pollIntervalMs, signal: controller.signal }));
  return {
    async stop() {
      controller.abort();
      deadline.signal.removeEventListener("abort", stopOnDeadline);
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

async function latencyScenario(lib: Lib, tenant: Tenant, receiver: Receiver, pollIntervalMs: number): Promise<LatencyResult> {
  const workers = startWorkers(lib, [`bench-latency-${pollIntervalMs}`], pollIntervalMs);
  const written = new Map<string, number>();
  try {
    // Warm-up, not measured: the worker's first pass (billing, housekeeping, first queries, first
    // connection to the receiver) takes far longer than a steady one and would queue the first events.
    const warmUp: string[] = [];
    const warmUpStart = performance.now();
    for (let i = 0; i < WARM_UP_EVENTS; i++) {
      await sleepUntil(warmUpStart + i * LATENCY_GAP_MS, deadline.signal);
      warmUp.push(
        await lib.prisma.$transaction((tx) =>
          lib.appendEvent(tx, tenant, "customer.updated", { id: `cus_bench_warmup_${pollIntervalMs}_${i}` }),
        ),
      );
    }
    await receiver.waitForAll(warmUp, deadline.signal);

    const start = performance.now();
    for (let i = 0; i < LATENCY_EVENTS; i++) {
      await sleepUntil(start + i * LATENCY_GAP_MS, deadline.signal);
      const id = await lib.prisma.$transaction((tx) =>
        lib.appendEvent(tx, tenant, "customer.updated", { id: `cus_bench_${pollIntervalMs}_${i}` }),
      );
      written.set(id, performance.now());
    }
    await receiver.waitForAll([...written.keys()], deadline.signal);
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

async function throughputScenario(lib: Lib, tenant: Tenant, receiver: Receiver, workerCount: number): Promise<ThroughputResult> {
  // Distinct objects: deliveries about one object are sent in order, one at a time, per endpoint.
  const ids: string[] = [];
  const appendStart = performance.now();
  for (let batch = 0; batch * THROUGHPUT_BATCH < THROUGHPUT_EVENTS; batch++) {
    if (deadline.signal.aborted) throw deadline.signal.reason;
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
  const workers = startWorkers(lib, workerIds, THROUGHPUT_POLL_MS);
  try {
    await receiver.waitForAll(ids, deadline.signal);
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

// ---------------------------------------------------------------------------------------------
// Output

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const ms = (value: number) => value.toFixed(1);
const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

function report(latency: LatencyResult[], throughput: ThroughputResult[], extra: Record<string, unknown>): void {
  const out: string[] = [`Host: ${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(2)).join(" ")} (numbers are CPU-bound)`, ""];
  if (latency.length > 0) {
    out.push(`Webhook latency: appendEvent commit -> verified receipt (${LATENCY_EVENTS} events, ${LATENCY_GAP_MS} ms apart, 1 in-process worker)`);
    out.push(
      table(
        ["worker poll", "events", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms"],
        latency.map((r) => [`${r.pollIntervalMs} ms`, String(r.received), ms(r.p50Ms), ms(r.p95Ms), ms(r.p99Ms), ms(r.maxMs), ms(r.meanMs)]),
      ),
    );
  }
  if (throughput.length > 0) {
    if (out.length > 0) out.push("");
    out.push(`Webhook throughput: ${THROUGHPUT_EVENTS} queued deliveries, worker start -> last verified receipt (poll ${THROUGHPUT_POLL_MS} ms)`);
    out.push(
      table(
        ["workers", "deliveries", "first ms", "drain s", "deliveries/s", "append events/s"],
        throughput.map((r) => [
          String(r.workers),
          String(r.received),
          ms(r.firstReceiptMs),
          r.drainSeconds.toFixed(2),
          r.deliveriesPerSecond.toFixed(1),
          r.appendPerSecond.toFixed(0),
        ]),
      ),
    );
  }
  const json = {
    latency: latency.map((r) => ({
      pollIntervalMs: r.pollIntervalMs,
      events: r.received,
      p50Ms: round(r.p50Ms),
      p95Ms: round(r.p95Ms),
      p99Ms: round(r.p99Ms),
      maxMs: round(r.maxMs),
      meanMs: round(r.meanMs),
    })),
    throughput: throughput.map((r) => ({
      workers: r.workers,
      deliveries: r.received,
      firstReceiptMs: round(r.firstReceiptMs),
      drainSeconds: round(r.drainSeconds, 3),
      deliveriesPerSecond: round(r.deliveriesPerSecond),
      appendEventsPerSecond: round(r.appendPerSecond, 0),
    })),
    ...extra,
  };
  out.push("", `BENCH_JSON ${JSON.stringify(json)}`);
  process.stdout.write(out.join("\n") + "\n");
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  say(`migrating ${DB_FILE}`);
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: process.env,
    stdio: ["ignore", 2, 2], // keep stdout for the results
    timeout: 60_000,
  });

  const lib = await loadLib();
  const latency: LatencyResult[] = [];
  const throughput: ThroughputResult[] = [];
  let receiver: Receiver | undefined;
  let failure: unknown;
  try {
    receiver = await startReceiver(lib.verifyWebhook);
    const workspace = await lib.createTestWorkspace({ name: "Webhook bench" });
    const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
    const endpoint = await lib.createWebhookEndpoint(tenant, { url: receiver.url, events: ["*"] });
    receiver.setSecret(endpoint.secret);
    say(`receiver at ${receiver.url}, endpoint ${endpoint.id}`);

    for (const pollIntervalMs of LATENCY_POLL_INTERVALS_MS) {
      say(`latency: ${LATENCY_EVENTS} events, poll ${pollIntervalMs} ms`);
      latency.push(await latencyScenario(lib, tenant, receiver, pollIntervalMs));
    }
    for (const workers of THROUGHPUT_WORKERS) {
      say(`throughput: ${THROUGHPUT_EVENTS} events, ${workers} worker(s)`);
      throughput.push(await throughputScenario(lib, tenant, receiver, workers));
    }
  } catch (error) {
    failure = error;
  }

  const unsettled = await lib.prisma.webhookDelivery.count({ where: { status: { not: "succeeded" } } }).catch(() => null);
  report(latency, throughput, {
    duplicates: receiver?.duplicates ?? 0,
    rejected: receiver?.rejected ?? 0,
    unsettledDeliveries: unsettled,
    totalSeconds: round((performance.now() - startedAt) / 1000, 1),
    node: process.version,
    cpus: availableParallelism(),
    loadAverage1m: round(loadavg()[0] ?? Number.NaN, 2),
    database: "sqlite",
    complete: failure === undefined,
  });

  await receiver?.close();
  await lib.prisma.$disconnect();
  if (failure !== undefined) {
    say(`stopped early: ${failure instanceof Error ? failure.message : String(failure)}`);
    return 1;
  }
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
