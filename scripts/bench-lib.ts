// Helpers for scripts/bench.ts: child processes (each in its own process group, so the whole group
// can be killed), a closed-loop load generator and the result table. No assertions: numbers only.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";

// ---------------------------------------------------------------------------------------------
// Child processes

const children = new Set<ChildProcess>();

/** Kills every child process group still running (synchronous, so it also works in an exit hook). */
export function killAllChildren(signal: NodeJS.Signals = "SIGKILL"): void {
  for (const child of children) killGroup(child, signal);
}

/** Signals the child's process group; with `evenIfExited`, also when its leader has gone already. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals, evenIfExited = false): void {
  const exited = child.exitCode !== null || child.signalCode !== null;
  if (child.pid === undefined || (exited && !evenIfExited)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone
  }
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

// Leads each child's process group: runs the command, and kills the whole group (itself included)
// when its stdin closes, i.e. when this script dies in any way, even by SIGKILL (which `tsx` sends to
// a script that does not acknowledge a relayed signal within 30 ms, e.g. while under load).
const GUARDIAN = `
const { spawn } = require("node:child_process");
const [command, ...args] = process.argv.slice(1);
const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
const killGroup = () => { try { process.kill(0, "SIGKILL"); } catch {} };
process.stdin.on("end", killGroup).on("error", killGroup).resume();
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => {});
child.on("error", () => process.exit(127));
child.on("exit", (code) => process.exit(code ?? 1));
`;

/** Spawns `command` under the guardian, in a new process group, with stderr sent to ours. */
function spawnGuarded(command: string, args: string[], env: NodeJS.ProcessEnv, captureStdout: boolean): ChildProcess {
  const stdio: ("pipe" | number)[] = ["pipe", captureStdout ? "pipe" : 2, 2];
  return track(spawn(process.execPath, ["-e", GUARDIAN, command, ...args], { env, detached: true, stdio }));
}

/**
 * Runs a command to completion with its own output sent to our stderr (stdout stays for results).
 * With `captureStdout` its stdout is returned instead. Fails on a non-zero exit or after `timeoutMs`.
 */
export function runStep(command: string, args: string[], options: { env: NodeJS.ProcessEnv; timeoutMs: number; captureStdout?: boolean }): Promise<string> {
  const child = spawnGuarded(command, args, options.env, options.captureStdout ?? false);
  let stdout = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  const label = `${command} ${args.join(" ")}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, "SIGKILL");
      reject(new Error(`${label} took longer than ${options.timeoutMs / 1000} s`));
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      killGroup(child, "SIGKILL", true); // anything the command left behind
      if (code === 0) resolve(stdout);
      else reject(new Error(`${label} exited with ${code ?? signal}`));
    });
  });
}

/** Starts a long-running process in its own process group; its output goes to our stderr. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawnGuarded(command, args, env, false);
}

/** SIGTERM to the whole group, then SIGKILL if it has not exited within `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return killGroup(child, "SIGKILL", true);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  killGroup(child, "SIGKILL", true); // anything the leader left behind
}

export async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`${host}:${port} is already in use (set BENCH_PORT)`)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error("The server exited during start-up");
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

// ---------------------------------------------------------------------------------------------
// Load generation

export type Target = {
  name: string;
  expectedStatus: number;
  /** Sends one request; the body must be read completely so the connection can be reused. */
  send: (signal: AbortSignal) => Promise<Response>;
};

export type Result = {
  target: string;
  concurrency: number;
  requests: number;
  errors: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  firstError?: string;
};

type Tally = { latencies: number[]; errors: number; firstError?: string };

const REQUEST_TIMEOUT_MS = 10_000;

async function sendOnce(target: Target, tally: Tally): Promise<void> {
  const started = performance.now();
  let failure: string | undefined;
  try {
    const response = await target.send(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    const body = await response.text();
    if (response.status !== target.expectedStatus) failure = `HTTP ${response.status}: ${body.slice(0, 500)}`;
  } catch (error) {
    failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  tally.latencies.push(performance.now() - started);
  if (failure !== undefined) {
    tally.errors += 1;
    tally.firstError ??= failure;
  }
}

/** `concurrency` workers, each sending back to back until `seconds` have passed. */
async function closedLoop(target: Target, concurrency: number, seconds: number): Promise<Tally & { elapsedMs: number }> {
  const tally: Tally = { latencies: [], errors: 0 };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) await sendOnce(target, tally);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ...tally, elapsedMs: performance.now() - started };
}

export async function measure(target: Target, concurrency: number, seconds: number, warmupSeconds: number, onMeasuring?: () => void): Promise<Result> {
  await closedLoop(target, concurrency, warmupSeconds);
  onMeasuring?.();
  const run = await closedLoop(target, concurrency, seconds);
  const sorted = run.latencies.sort((a, b) => a - b);
  const result: Result = {
    target: target.name,
    concurrency,
    requests: sorted.length,
    errors: run.errors,
    throughput: round((sorted.length / run.elapsedMs) * 1000, 1),
    p50Ms: round(percentile(sorted, 50), 2),
    p99Ms: round(percentile(sorted, 99), 2),
  };
  if (run.firstError !== undefined) result.firstError = run.firstError;
  return result;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------
// Output

export function formatTable(results: Result[]): string {
  const header = ["target", "concurrency", "requests", "errors", "req/s", "p50 ms", "p99 ms"];
  const rows = results.map((r) => [
    r.target,
    String(r.concurrency),
    String(r.requests),
    String(r.errors),
    r.throughput.toFixed(1),
    r.p50Ms.toFixed(2),
    r.p99Ms.toFixed(2),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
