// npm run bench:webhooks (scripts/bench-webhooks.ts): the results as tables on stdout, then one line
// `BENCH_JSON {...}`.
import { availableParallelism, loadavg } from "node:os";
import { LATENCY_EVENTS, LATENCY_GAP_MS, THROUGHPUT_EVENTS, THROUGHPUT_POLL_MS, type LatencyResult, type ThroughputResult } from "./bench-webhooks-scenarios";

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const ms = (value: number) => value.toFixed(1);
export const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

export function report(latency: LatencyResult[], throughput: ThroughputResult[], extra: Record<string, unknown>): void {
  const out: string[] = [
    `Host: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")} (numbers are CPU-bound)`,
    "",
  ];
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
