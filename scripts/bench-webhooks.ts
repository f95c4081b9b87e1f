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
import "server-only";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
// These import no lib module that reads the environment; the lib is loaded with import() below.
import type { Tenant } from "../lib/tenancy";
import { loadBenchLib } from "./bench-webhooks-lib";
import { startReceiver, type Receiver } from "./bench-webhooks-receiver";
import { report, round } from "./bench-webhooks-report";
import {
  LATENCY_EVENTS,
  LATENCY_POLL_INTERVALS_MS,
  latencyScenario,
  THROUGHPUT_EVENTS,
  THROUGHPUT_WORKERS,
  throughputScenario,
  type LatencyResult,
  type ThroughputResult,
} from "./bench-webhooks-scenarios";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DB_FILE = ".test/bench-webhooks.db";
const TIME_LIMIT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// Environment first: lib/env.ts caches process.env on first use and lib/db.ts opens its client at
// import, so no lib module that does may be imported before this point (loadBenchLib, in main).

process.chdir(ROOT);
mkdirSync(".test", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
process.env.DATABASE_URL = `file:./${DB_FILE}`;
process.env.APP_SECRET = randomBytes(32).toString("base64url"); // 43 characters
process.env.LOG_LEVEL = "warn";
process.env.WORKER = "off";
process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "1"; // the receiver listens on 127.0.0.1
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

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  say(`migrating ${DB_FILE}`);
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: process.env,
    stdio: ["ignore", 2, 2], // keep stdout for the results
    timeout: 60_000,
  });

  const lib = await loadBenchLib();
  const latency: LatencyResult[] = [];
  const throughput: ThroughputResult[] = [];
  let receiver: Receiver | undefined;
  let failure: unknown;
  try {
    receiver = await startReceiver();
    const workspace = await lib.createTestWorkspace({ name: "Webhook bench" });
    const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
    const endpoint = await lib.createWebhookEndpoint(tenant, { url: receiver.url, events: ["*"] });
    receiver.setSecret(endpoint.secret);
    say(`receiver at ${receiver.url}, endpoint ${endpoint.id}`);

    for (const pollIntervalMs of LATENCY_POLL_INTERVALS_MS) {
      say(`latency: ${LATENCY_EVENTS} events, poll ${pollIntervalMs} ms`);
      latency.push(await latencyScenario(lib, tenant, receiver, pollIntervalMs, deadline.signal));
    }
    for (const workers of THROUGHPUT_WORKERS) {
      say(`throughput: ${THROUGHPUT_EVENTS} events, ${workers} worker(s)`);
      throughput.push(await throughputScenario(lib, tenant, receiver, workers, deadline.signal));
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
