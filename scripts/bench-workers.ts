// npm run bench:workers: a benchmark, not a test. Do webhook workers scale out? On a fresh PostgreSQL
// database (BENCH_DATABASE_URL, or the one scripts/with-test-postgres.sh makes for the npm script),
// 1,000 events about distinct objects are queued with no worker running, held back (not yet due);
// then 1 or 2 worker processes (scripts/worker.ts, as a deployment runs them) start, are given
// WARM_UP_MS to load and poll idle, and only then are the deliveries made due, all at once, for them
// to drain to a local receiver that verifies every signature. Throughput = deliveries between the
// first and the last verified receipt, so neither start-up nor one process starting later than the
// other counts (with 1,000 deliveries draining in about two seconds, a second process still loading
// took the first one's CPU and made two look slower than one). Two receivers are measured: one that
// answers at once, where the worker's own CPU is the limit (on this 2-core machine shared with
// PostgreSQL and the receiver), and one that answers after RECEIVER_DELAY_MS, as a merchant's app doing
// its own work does, where waiting is the limit and more processes mean more requests in flight.
// For each receiver, runs alternate 1, 2, 1, 2, … BENCH_ROUNDS times (default 3); the table gives medians,
// with how busy the whole machine's CPUs were while the deliveries drained and how many cores' worth
// the worker processes used (Linux /proc): the headroom a second process has to work with.
// Table to stdout, then `BENCH_JSON {...}`.
import "server-only";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import type { Tenant } from "../lib/tenancy";
import { loadBenchLib, type BenchLib } from "./bench-webhooks-lib";
import { startReceiver, type Receiver } from "./bench-webhooks-receiver";

const EVENTS = 1000;
const BATCH = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const PROCESS_COUNTS = [1, 2];
const RECEIVER_DELAYS_MS = [0, 50];
const TIME_LIMIT_MS = 10 * 60_000;
const WARM_UP_MS = 4000;
const HELD_BACK_MS = 60 * 60_000;

const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_POSTGRES_URL;
if (!databaseUrl || !/^postgres(ql)?:/.test(databaseUrl)) {
  throw new Error("bench:workers needs PostgreSQL: run it as `npm run bench:workers` (which starts one) or set BENCH_DATABASE_URL");
}
const workerEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  APP_SECRET: randomBytes(32).toString("base64url"),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: "1",
  LOG_LEVEL: "warn",
};
Object.assign(process.env, workerEnv);

const say = (message: string) => process.stderr.write(`[bench:workers] ${message}\n`);

type Run = {
  receiverDelayMs: number;
  processes: number;
  deliveriesPerSecond: number;
  drainSeconds: number;
  duplicates: number;
  machineBusyPercent: number;
  workerCores: number;
};

/** The machine's CPU time so far, in clock ticks: all of it, and the part not idle (/proc/stat). */
function machineTicks(): { total: number; busy: number } {
  const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { total, busy: total - (fields[3] ?? 0) - (fields[4] ?? 0) };
}

/** User and system CPU time a process and its descendants have used so far, in clock ticks (/proc/<pid>/stat). */
function processTreeTicks(rootPid: number | undefined): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command name in parentheses: state, ppid, … utime (14th field) and stime (15th).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      stats.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0) });
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => pid === rootPid || (pid > 1 && stats.has(pid) && inTree(stats.get(pid)!.parent));
  let ticks = 0;
  for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks;
  return ticks;
}

const TICKS_PER_SECOND = 100;

async function queueEvents(lib: BenchLib, tenant: Tenant, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let batch = 0; batch * BATCH < EVENTS; batch++) {
    ids.push(
      ...(await lib.prisma.$transaction(async (tx) => {
        const created: string[] = [];
        for (let j = 0; j < BATCH; j++) created.push(await lib.appendEvent(tx, tenant, "customer.updated", { id: `cus_${tag}_${batch * BATCH + j}` }));
        return created;
      })),
    );
  }
  return ids;
}

function startWorkers(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/worker.ts"], {
      env: workerEnv,
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.exitCode !== null) return resolve();
          worker.once("exit", () => resolve());
          worker.kill("SIGTERM");
        }),
    ),
  );
}

async function run(
  lib: BenchLib,
  tenant: Tenant,
  receiver: Receiver,
  at: { processes: number; delay: number; round: number },
  deadline: AbortSignal,
): Promise<Run> {
  const { processes } = at;
  receiver.setResponseDelay(at.delay);
  const ids = await queueEvents(lib, tenant, `d${at.delay}p${processes}r${at.round}`);
  const pending = { status: "pending", eventId: { in: ids } };
  await lib.prisma.webhookDelivery.updateMany({ where: pending, data: { nextAttemptAt: new Date(Date.now() + HELD_BACK_MS) } });
  const duplicatesBefore = receiver.duplicates;
  const workers = startWorkers(processes);
  const workerTicks = () => workers.reduce((sum, worker) => sum + processTreeTicks(worker.pid), 0);
  let cpu: { machineBusyPercent: number; workerCores: number };
  try {
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    const [machineBefore, workersBefore, startedAt] = [machineTicks(), workerTicks(), performance.now()];
    await lib.prisma.webhookDelivery.updateMany({ where: pending, data: { nextAttemptAt: new Date() } });
    await receiver.waitForAll(ids, deadline);
    const [machineAfter, workersAfter, seconds] = [machineTicks(), workerTicks(), (performance.now() - startedAt) / 1000];
    cpu = {
      machineBusyPercent: (100 * (machineAfter.busy - machineBefore.busy)) / (machineAfter.total - machineBefore.total),
      workerCores: (workersAfter - workersBefore) / TICKS_PER_SECOND / seconds,
    };
  } finally {
    await stopWorkers(workers);
  }
  const receipts = ids.map((id) => receiver.received.get(id) ?? Number.NaN).sort((a, b) => a - b);
  const drainMs = (receipts.at(-1) ?? Number.NaN) - (receipts[0] ?? Number.NaN);
  return {
    receiverDelayMs: at.delay,
    processes,
    drainSeconds: drainMs / 1000,
    deliveriesPerSecond: ((EVENTS - 1) / drainMs) * 1000,
    duplicates: receiver.duplicates - duplicatesBefore,
    ...cpu,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const deadline = AbortSignal.timeout(TIME_LIMIT_MS);
  say("prisma migrate deploy (PostgreSQL)");
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: workerEnv, stdio: ["ignore", "ignore", "inherit"] });
  const lib = await loadBenchLib();
  const receiver = await startReceiver();
  const runs: Run[] = [];
  try {
    const workspace = await lib.createTestWorkspace({ name: "Worker bench" });
    const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
    const endpoint = await lib.createWebhookEndpoint(tenant, { url: receiver.url, events: ["*"] });
    receiver.setSecret(endpoint.secret);
    for (const delay of RECEIVER_DELAYS_MS) {
      for (let round = 1; round <= ROUNDS; round++) {
        for (const processes of PROCESS_COUNTS) {
          say(`receiver answering after ${delay} ms, round ${round}/${ROUNDS}: ${EVENTS} deliveries with ${processes} worker process(es)`);
          runs.push(await run(lib, tenant, receiver, { processes, delay, round }, deadline));
        }
      }
    }
  } finally {
    await receiver.close();
    await lib.prisma.$disconnect();
  }
  const out = (line: string) => process.stdout.write(line + "\n");
  out(`Node ${process.version}, ${cpus().length} CPUs, PostgreSQL; ${EVENTS} deliveries per run, ${ROUNDS} rounds, medians`);
  out("");
  out("receiver answers after  processes  deliveries/s (median)  drain s (median)  runs (deliveries/s)  duplicates  machine CPU busy  workers' CPU");
  const ratios: string[] = [];
  for (const delay of RECEIVER_DELAYS_MS) {
    const medians = new Map<number, number>();
    for (const processes of PROCESS_COUNTS) {
      const mine = runs.filter((r) => r.processes === processes && r.receiverDelayMs === delay);
      const perSecond = median(mine.map((r) => r.deliveriesPerSecond));
      medians.set(processes, perSecond);
      const cells = [
        `${delay} ms`.padStart(22),
        String(processes).padStart(9),
        perSecond.toFixed(0).padStart(21),
        median(mine.map((r) => r.drainSeconds))
          .toFixed(2)
          .padStart(16),
        mine
          .map((r) => r.deliveriesPerSecond.toFixed(0))
          .join(", ")
          .padStart(19),
        String(mine.reduce((sum, r) => sum + r.duplicates, 0)).padStart(10),
        `${median(mine.map((r) => r.machineBusyPercent)).toFixed(0)} %`.padStart(16),
        `${median(mine.map((r) => r.workerCores)).toFixed(2)} cores`.padStart(12),
      ];
      out(cells.join("  "));
    }
    ratios.push(
      `receiver answering after ${delay} ms: 2 processes / 1 process = ${((medians.get(2) ?? Number.NaN) / (medians.get(1) ?? Number.NaN)).toFixed(2)}×`,
    );
  }
  out("");
  for (const ratio of ratios) out(ratio);
  out(
    "BENCH_JSON " + JSON.stringify({ node: process.version, cpus: cpus().length, events: EVENTS, rounds: ROUNDS, receiverDelaysMs: RECEIVER_DELAYS_MS, runs }),
  );
}

main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
