// npm run bench [-- --no-build]: a benchmark, not a test. Builds and starts the production server on
// 127.0.0.1 with its own SQLite database (or BENCH_DATABASE_URL, e.g. a PostgreSQL database), seeds
// it, then measures POST /v1/portal-sessions (signed as the SDKs send it, with and without an
// Idempotency-Key) next to GET /healthz and GET / as the framework's own ceiling. When the bare
// node:http yardstick (../shared/bench/bare-mint-reference.mjs, or BENCH_REFERENCE) is present, it
// runs in the same session as the physical limit. Targets are interleaved: each round runs every
// target once at every concurrency (1, 8, 32) for BENCH_SECONDS (default 3) after a 1 s warm-up,
// BENCH_ROUNDS times (default 3), and the table gives each row's median round, so a noisy neighbour
// hits all rows alike. The table goes to stdout, then one line `BENCH_JSON {...}`; the rest to stderr.
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
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
import { benchEnvironment, bin, getTarget, migrateAndSeed, mintTarget, resetSqliteDatabase, say } from "./bench-mint";
import { startReference } from "./bench-reference";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT || 3200);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const WARMUP_SECONDS = 1;
const CONCURRENCY = [1, 8, 32];
const DB_FILE = ".test/bench.db";
const DATABASE_URL = process.env.BENCH_DATABASE_URL || `file:./${DB_FILE}`;
const ORIGIN = `http://${HOST}:${PORT}`;
const REFERENCE = resolve(process.env.BENCH_REFERENCE || "../shared/bench/bare-mint-reference.mjs");

const childEnv = benchEnvironment({ host: HOST, port: PORT, databaseUrl: DATABASE_URL });

async function benchmark(targets: Target[]): Promise<Result[]> {
  const rounds = new Map<string, Result[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const concurrency of CONCURRENCY) {
      for (const target of targets) {
        say(`round ${round}/${ROUNDS}: ${target.name} at concurrency ${concurrency}`);
        const result = await measure(target, concurrency, SECONDS, WARMUP_SECONDS);
        const key = `${target.name}\n${concurrency}`;
        rounds.set(key, [...(rounds.get(key) ?? []), result]);
      }
    }
  }
  return [...rounds.values()].map(medianRound);
}

/** The round with the median throughput (its latencies are that round's own). */
function medianRound(results: Result[]): Result {
  const sorted = [...results].sort((a, b) => a.throughput - b.throughput);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("no rounds measured");
  return { ...median, errors: results.reduce((sum, result) => sum + result.errors, 0) };
}

function ratios(results: Result[]): string[] {
  const byName = (name: string, concurrency: number) => results.find((r) => r.target === name && r.concurrency === concurrency);
  return CONCURRENCY.map((concurrency) => {
    const mint = byName("POST /v1/portal-sessions (Idempotency-Key)", concurrency);
    const health = byName("GET /healthz", concurrency);
    const reference = byName("reference: bare node:http mint", concurrency);
    const parts = [`concurrency ${concurrency}: mint / healthz = ${percent(mint, health)}`];
    if (reference) parts.push(`mint / bare reference = ${percent(mint, reference)}`);
    return parts.join(", ");
  });
}

function percent(a: Result | undefined, b: Result | undefined): string {
  return a && b && b.throughput > 0 ? `${((a.throughput / b.throughput) * 100).toFixed(0)} %` : "n/a";
}

function report(results: Result[], database: string): void {
  const environment = { node: process.version, cpus: cpus().length, db: database };
  const out = (line: string) => process.stdout.write(line + "\n");
  out(`Node ${environment.node}, ${environment.cpus} CPUs, DB ${environment.db}`);
  out(
    `Closed loop; ${ROUNDS} interleaved rounds of ${SECONDS} s per row after a ${WARMUP_SECONDS} s warm-up; each row is its median round; server ${ORIGIN} (scripts/serve.mjs)`,
  );
  out("");
  out(formatTable(results));
  out("");
  for (const line of ratios(results)) out(line);
  for (const r of results.filter((result) => result.firstError !== undefined)) {
    out(`first error, ${r.target} at concurrency ${r.concurrency}: ${r.firstError}`);
  }
  out("BENCH_JSON " + JSON.stringify({ ...environment, seconds: SECONDS, rounds: ROUNDS, warmupSeconds: WARMUP_SECONDS, results }));
}

async function main(): Promise<void> {
  if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65534) throw new Error("BENCH_PORT must be a port number");
  if (!(SECONDS > 0 && SECONDS <= 600)) throw new Error("BENCH_SECONDS must be between 0 and 600");
  if (!(Number.isInteger(ROUNDS) && ROUNDS >= 1 && ROUNDS <= 20)) throw new Error("BENCH_ROUNDS must be between 1 and 20");
  await assertPortFree(HOST, PORT);
  if (!process.argv.includes("--no-build")) {
    say("next build");
    await runStep(bin("next"), ["build"], { env: childEnv, timeoutMs: 10 * 60_000 });
  }
  if (DATABASE_URL.startsWith("file:")) resetSqliteDatabase(DB_FILE);
  const { credentials, customerId } = await migrateAndSeed(childEnv);
  say(`scripts/serve.mjs (the production server) on ${ORIGIN}`);
  const server = startProcess(process.execPath, ["scripts/serve.mjs", "-H", HOST, "-p", String(PORT)], childEnv);
  const reference = existsSync(REFERENCE) ? await startReference(REFERENCE, HOST, PORT + 1) : null;
  if (!reference) say(`no bare reference at ${REFERENCE}: its row is left out`);
  try {
    await waitForHealth(`${ORIGIN}/healthz`, server, 60_000);
    const mint = { origin: ORIGIN, credentials, customerId };
    const targets = [
      mintTarget({ ...mint, name: "POST /v1/portal-sessions (Idempotency-Key)", idempotent: true }),
      mintTarget({ ...mint, name: "POST /v1/portal-sessions (no key)", idempotent: false }),
      getTarget(ORIGIN, "/healthz"),
      getTarget(ORIGIN, "/"),
      ...(reference ? [reference.target] : []),
    ];
    report(await benchmark(targets), DATABASE_URL.startsWith("file:") ? `SQLite (${DB_FILE})` : "PostgreSQL (BENCH_DATABASE_URL)");
  } finally {
    await stopProcess(server);
    if (reference) await reference.stop();
  }
}

function installGuards(): void {
  const limitMs = 15 * 60_000 + ROUNDS * CONCURRENCY.length * 5 * (SECONDS + WARMUP_SECONDS + 15) * 1000;
  process.on("exit", () => killAllChildren("SIGKILL"));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      say(`${signal}: stopping`);
      killAllChildren("SIGKILL");
      process.exit(130);
    });
  }
  setTimeout(() => {
    say(`the run exceeded ${Math.round(limitMs / 1000)} s: stopping`);
    killAllChildren("SIGKILL");
    process.exit(1);
  }, limitMs).unref();
}

installGuards();
main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  killAllChildren("SIGKILL");
  process.exitCode = 1;
});
