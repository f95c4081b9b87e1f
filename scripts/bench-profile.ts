// npm run bench:profile [-- --no-build]: a CPU profile of the production server while it mints
// (signed POST /v1/portal-sessions with an Idempotency-Key, 8 connections, BENCH_SECONDS, default 10).
// Writes the V8 .cpuprofile under .test/cpu-profiles/ (open it in Chrome DevTools or speedscope) and
// prints where the server's time went: self time by area (project code, each package, Node itself,
// GC, idle) and the top functions. A measurement, not a test.
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { assertPortFree, killAllChildren, measure, runStep, startProcess, stopProcess, waitForHealth } from "./bench-lib";
import { benchEnvironment, bin, migrateAndSeed, mintTarget, resetSqliteDatabase, say } from "./bench-mint";
import { summarizeCpuProfile, type CpuProfile } from "./cpu-profile-summary";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT || 3210);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const DB_FILE = ".test/bench-profile.db";
const ORIGIN = `http://${HOST}:${PORT}`;

let loadStartedAfterMs = 0;

async function main(): Promise<void> {
  await assertPortFree(HOST, PORT);
  const env = benchEnvironment({ host: HOST, port: PORT, databaseUrl: `file:./${DB_FILE}` });
  if (!process.argv.includes("--no-build")) {
    say("next build");
    await runStep(bin("next"), ["build"], { env, timeoutMs: 10 * 60_000 });
  }
  resetSqliteDatabase(DB_FILE);
  const { credentials, customerId } = await migrateAndSeed(env);
  const directory = join(".test", "cpu-profiles", new Date().toISOString().replace(/[:.]/g, "-"));
  mkdirSync(directory, { recursive: true });
  const spawnedAt = Date.now();
  const server = startProcess(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${directory}`, "scripts/serve.mjs", "-H", HOST, "-p", String(PORT)], env);
  try {
    await waitForHealth(`${ORIGIN}/healthz`, server, 60_000);
    const target = mintTarget({ name: "mint", origin: ORIGIN, credentials, customerId, idempotent: true });
    say(`minting at concurrency 8 for ${SECONDS} s (2 s warm-up) under --cpu-prof`);
    const result = await measure(target, 8, SECONDS, 2, () => (loadStartedAfterMs = Date.now() - spawnedAt));
    process.stdout.write(`mint at concurrency 8: ${result.throughput} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors\n`);
  } finally {
    // Idle keep-alive sockets close after the server's keep-alive timeout (5 s); the profile is written on exit.
    await stopProcess(server, 20_000);
  }
  const file = newestProfile(directory);
  // The profile covers the whole process: start-up and warm-up (module loading, first compiles) are left out.
  process.stdout.write(`profile: ${file}\n\n`);
  process.stdout.write(
    summarizeCpuProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, process.cwd(), { skipMs: loadStartedAfterMs, spanMs: SECONDS * 1000 }) + "\n",
  );
}

function newestProfile(directory: string): string {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => join(directory, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files[0]) throw new Error(`no .cpuprofile was written to ${directory}`);
  return files[0];
}

process.on("exit", () => killAllChildren("SIGKILL"));
main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  killAllChildren("SIGKILL");
  process.exitCode = 1;
});
