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

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/**
 * Runs a command to completion with its own output sent to our stderr (stdout stays for results).
 * With `captureStdout` its stdout is returned instead. Fails on a non-zero exit or after `timeoutMs`.
 */
export function runStep(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; captureStdout?: boolean },
): Promise<string> {
  const child = track(
    spawn(command, args, { env: options.env, detached: true, stdio: ["ignore", options.captureStdout ? "pipe" : 2, 2] }),
  );
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
      if (code === 0) resolve(stdout);
      else reject(new Error(`${label} exited with ${code ?? signal}`));
    });
  });
}

/** Starts a long-running process in its own process group; its output goes to our stderr. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return track(spawn(command, args, { env, detached: true, stdio: ["ignore", 2, 2] }));
}

/** SIGTERM to the whole group, then SIGKILL if it has not exited within `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
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

export async function measure(target: Target, concurrency: number, seconds: number, warmupSeconds: number): Promise<Result> {
  await closedLoop(target, concurrency, warmupSeconds);
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
