// The one source of "now". Tests move this clock instead of waiting.
let offsetMs = 0;
let frozenAt: number | undefined;

export function now(): Date {
  return new Date(nowMs());
}

export function nowMs(): number {
  return frozenAt ?? Date.now() + offsetMs;
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
