// The one source of "now". Tests move this clock instead of waiting: in-process tests call
// advanceClock/freezeClock; end-to-end tests, which drive a separate server, write an offset in
// milliseconds to the file named by TEST_CLOCK_FILE (never set in a real deployment).
import "server-only";
import { readFileSync } from "node:fs";
import { env } from "./env";

let offsetMs = 0;
let frozenAt: number | undefined;

export function now(): Date {
  return new Date(nowMs());
}

export function nowMs(): number {
  return frozenAt ?? Date.now() + offsetMs + testClockFileOffset();
}

export function nowEpochSeconds(): number {
  return Math.floor(nowMs() / 1000);
}

/** Test helper: shift the clock forward (or back) by a number of milliseconds. */
export function advanceClock(ms: number): void {
  if (frozenAt !== undefined) frozenAt += ms;
  else offsetMs += ms;
}

/** Test helper: stop the clock at an instant. */
export function freezeClock(at: Date): void {
  frozenAt = at.getTime();
}

export function resetClock(): void {
  offsetMs = 0;
  frozenAt = undefined;
}

function testClockFileOffset(): number {
  const file = env().testClockFile;
  if (!file) return 0;
  try {
    const value = Number(readFileSync(file, "utf8").trim());
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}
