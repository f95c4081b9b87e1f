// The billing clock: lib/clock's "now", shifted in test mode by the workspace's test-clock offset
// (POST /v1/test/clocks/advance moves it). Live mode never shifts. Every billing decision (what is
// due, when a period starts, when the next dunning retry is) reads this clock.
import { nowMs } from "../clock";
import type { Mode } from "../tenancy";

export function billingNow(workspace: { testClockOffsetMs: number }, mode: Mode): Date {
  return new Date(nowMs() + billingOffsetMs(workspace, mode));
}

export function billingOffsetMs(workspace: { testClockOffsetMs: number }, mode: Mode): number {
  return mode === "test" ? workspace.testClockOffsetMs : 0;
}
