// npm run bench [-- --no-build]: a benchmark, not a test. Builds and starts the production server on
// 127.0.0.1 with its own SQLite database, seeds it, then measures POST /v1/portal-sessions (signed,
// as the SDKs send it) next to GET /healthz and GET / as the framework's own ceiling. Each target
// runs a closed loop at concurrency 1, 8 and 32 for BENCH_SECONDS (default 5) after a 1 s warm-up.
// The table goes to stdout, followed by one line `BENCH_JSON {...}`; everything else goes to stderr.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { signedHeaders } from "../lib/api/signing";
import {
  assertPortFree,
  formatTable,
  killAllChildren,
  measure,
  runStep,
  startProcess,
  stopProcess,
  waitForHealth,
  type Result,
  type Target,
} from "./bench-lib";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT || 3200);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const WARMUP_SECONDS = 1;
const CONCURRENCY = [1, 8, 32];
const DB_FILE = ".test/bench.db";
const ORIGIN = `http://${HOST}:${PORT}`;
const bin = (name: string) => join("node_modules", ".bin", name);

// Build ≤ 10 min, plus migrate, seed, start-up and 3 targets × 3 levels × (warm-up + run).
const TOTAL_LIMIT_MS = 15 * 60_000 + 9 * (SECONDS + WARMUP_SECONDS + 15) * 1000;

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:./${DB_FILE}`,
  APP_SECRET: randomBytes(32).toString("base64url"),
  RATE_LIMIT_MULTIPLIER: "100000",
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PORT: String(PORT),
  HOST,
};

type SeedOutput = {
  portalOrigin: string;
  workspaces: { name: string; keys: { keyId: string; secret: string; scopes: string[] }[]; customers: { id: string }[] }[];
};

function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function resetDatabase(): void {
  mkdirSync(".test", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
}

async function seed(): Promise<{ credentials: { keyId: string; secret: string }; customerId: string }> {
  const stdout = await runStep(bin("tsx"), ["scripts/seed.ts", "--json"], {
    env: childEnv,
    timeoutMs: 120_000,
    captureStdout: true,
  });
  const data = JSON.parse(stdout) as SeedOutput;
  const workspace = data.workspaces[0];
  const key = workspace?.keys[0];
  const customer = workspace?.customers[0];
  if (!key || !customer) throw new Error("The seed printed no workspace with a key and a customer");
  return { credentials: { keyId: key.keyId, secret: key.secret }, customerId: customer.id };
}

function portalSessionTarget(credentials: { keyId: string; secret: string }, customerId: string): Target {
  const path = "/v1/portal-sessions";
  const body = JSON.stringify({ customerId, returnUrl: "https://example.com/account" });
  return {
    name: "POST /v1/portal-sessions",
    expectedStatus: 201,
    send: (signal) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const idempotencyKey = `idem_${randomUUID()}`;
      const headers = signedHeaders(credentials, { method: "POST", path, timestamp, body, idempotencyKey });
      return fetch(ORIGIN + path, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body,
        signal,
      });
    },
  };
}

function getTarget(path: string): Target {
  return { name: `GET ${path}`, expectedStatus: 200, send: (signal) => fetch(ORIGIN + path, { signal }) };
}

async function benchmark(targets: Target[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const target of targets) {
    for (const concurrency of CONCURRENCY) {
      say(`${target.name} at concurrency ${concurrency} (${WARMUP_SECONDS} s warm-up + ${SECONDS} s)`);
      results.push(await measure(target, concurrency, SECONDS, WARMUP_SECONDS));
    }
  }
  return results;
}

function report(results: Result[]): void {
  const environment = { node: process.version, cpus: cpus().length, db: `SQLite (${DB_FILE})` };
  const out = (line: string) => process.stdout.write(line + "\n");
  out(`Node ${environment.node}, ${environment.cpus} CPUs, DB ${environment.db}`);
  out(`Closed loop, ${SECONDS} s per row after a ${WARMUP_SECONDS} s warm-up; server ${ORIGIN} (next start)`);
  out("");
  out(formatTable(results));
  for (const r of results.filter((result) => result.firstError !== undefined)) {
    out(`first error, ${r.target} at concurrency ${r.concurrency}: ${r.firstError}`);
  }
  out("BENCH_JSON " + JSON.stringify({ ...environment, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, results }));
}

async function main(): Promise<void> {
  if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) throw new Error("BENCH_PORT must be a port number");
  if (!(SECONDS > 0 && SECONDS <= 600)) throw new Error("BENCH_SECONDS must be between 0 and 600");
  await assertPortFree(HOST, PORT);
  if (!process.argv.includes("--no-build")) {
    say("next build");
    await runStep(bin("next"), ["build"], { env: childEnv, timeoutMs: 10 * 60_000 });
  }
  resetDatabase();
  say("prisma migrate deploy");
  await runStep(bin("prisma"), ["migrate", "deploy"], { env: childEnv, timeoutMs: 120_000 });
  say("seeding");
  const { credentials, customerId } = await seed();
  say(`next start on ${ORIGIN}`);
  const server = startProcess(bin("next"), ["start", "-H", HOST, "-p", String(PORT)], childEnv);
  try {
    await waitForHealth(`${ORIGIN}/healthz`, server, 60_000);
    const targets = [portalSessionTarget(credentials, customerId), getTarget("/healthz"), getTarget("/")];
    report(await benchmark(targets));
  } finally {
    await stopProcess(server);
  }
}

function installGuards(): void {
  process.on("exit", () => killAllChildren("SIGKILL"));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      say(`${signal}: stopping`);
      killAllChildren("SIGKILL");
      process.exit(130);
    });
  }
  setTimeout(() => {
    say(`the run exceeded ${Math.round(TOTAL_LIMIT_MS / 1000)} s: stopping`);
    killAllChildren("SIGKILL");
    process.exit(1);
  }, TOTAL_LIMIT_MS).unref();
}

installGuards();
main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  killAllChildren("SIGKILL");
  process.exitCode = 1;
});
